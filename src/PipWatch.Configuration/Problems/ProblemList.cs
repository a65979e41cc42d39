namespace PipWatch.Configuration.Problems;

/// <summary>Collects every problem found instead of stopping at the first, so one run of validate shows them all.</summary>
internal sealed class ProblemList
{
    private readonly List<ConfigurationProblem> _items = [];

    public IReadOnlyList<ConfigurationProblem> Items => _items;

    public int Count => _items.Count;

    public void Add(SourceLocation location, string keyPath, string message) =>
        _items.Add(new ConfigurationProblem(location, keyPath, message));
}
