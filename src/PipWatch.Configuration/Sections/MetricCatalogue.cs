using PipWatch.Core.Metrics;

namespace PipWatch.Configuration.Sections;

/// <summary>The valid metric definitions, plus every name written in the file (valid or not) so PIPs are not blamed twice.</summary>
/// <param name="Complete">False when pipwatch.yaml could not be read: PIP targets are then not checked against it.</param>
internal sealed record MetricCatalogue(IReadOnlyDictionary<string, MetricDefinition> Definitions, IReadOnlySet<string> Declared, bool Complete = true)
{
    public static MetricCatalogue Unavailable { get; } = new(new Dictionary<string, MetricDefinition>(), new HashSet<string>(), Complete: false);
}
