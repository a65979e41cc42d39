namespace PipWatch.Core.Metrics;

/// <summary>The metric definitions a plan's targets may name, looked up by name.</summary>
public sealed class MetricCatalog
{
    private readonly Dictionary<string, MetricDefinition> _byName;

    public MetricCatalog(IEnumerable<MetricDefinition> definitions)
    {
        _byName = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!_byName.TryAdd(definition.Name, definition))
            {
                throw new ArgumentException($"The metric catalogue defines '{definition.Name}' twice.", nameof(definitions));
            }
        }
    }

    public IReadOnlyCollection<MetricDefinition> All => _byName.Values;

    public bool TryGet(string name, out MetricDefinition definition) => _byName.TryGetValue(name, out definition!);

    /// <summary>The definition named <paramref name="name"/>; <paramref name="usedBy"/> says who asked, for the message.</summary>
    public MetricDefinition Get(string name, string usedBy) =>
        _byName.TryGetValue(name, out var definition)
            ? definition
            : throw new ArgumentException($"{usedBy} names metric '{name}', which is not in the metric catalogue.", nameof(name));
}
