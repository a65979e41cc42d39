using System.Diagnostics.Metrics;

namespace PipWatch.Tests.Telemetry;

/// <summary>
/// Listens to the instruments of one service container's meters (other tests record on meters of the same names in
/// parallel) and keeps every measurement; observable gauges report when <see cref="Observe"/> is called.
/// </summary>
public sealed class MeterCapture : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, string> Tags)> _measurements = [];
    private readonly Lock _gate = new();

    public MeterCapture(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The sum of what <paramref name="instrument"/> recorded with every given tag value.</summary>
    public double Sum(string instrument, params (string Tag, string Value)[] tags)
    {
        lock (_gate)
        {
            return _measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Tag, out var v) && v == t.Value)).Sum(m => m.Value);
        }
    }

    /// <summary>What each observable gauge reports now, summed over its tags, keyed by instrument.</summary>
    public IReadOnlyDictionary<string, double> Observe()
    {
        int before;
        lock (_gate)
        {
            before = _measurements.Count;
        }

        _listener.RecordObservableInstruments();
        lock (_gate)
        {
            return _measurements.Skip(before).GroupBy(m => m.Instrument).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value?.ToString() ?? "";
        }

        lock (_gate)
        {
            _measurements.Add((instrument.Name, value, copy));
        }
    }
}
