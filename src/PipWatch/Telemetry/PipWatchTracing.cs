using System.Diagnostics;

namespace PipWatch.Telemetry;

/// <summary>
/// The "PipWatch" activity source: a span per job run and per pipeline step, tagged with counts and ids of plans,
/// never names or addresses. With no tracer listening (no OTLP endpoint, or a one-shot command) no span is created.
/// </summary>
public static class PipWatchTracing
{
    public const string SourceName = "PipWatch";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>Runs <paramref name="body"/> in a span named <paramref name="name"/>; a thrown exception marks it failed.</summary>
    internal static async Task<T> InSpanAsync<T>(string name, Func<Activity?, Task<T>> body)
    {
        using var span = Source.StartActivity(name);
        try
        {
            return await body(span);
        }
        catch (Exception ex) when (span is not null)
        {
            span.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
