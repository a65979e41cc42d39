using PipWatch.Core.Metrics;

namespace PipWatch.Demo;

/// <summary>
/// Query metrics that read the same records (same object, owner field, date field and filter), as the real
/// fetcher groups them: e.g. opportunities created and pipeline created are the count and the amount of the same
/// opportunities, so the demo generates the records once and both metrics agree.
/// </summary>
internal sealed class MetricFamily
{
    private MetricFamily(string key, IReadOnlyList<QueryMetric> members)
    {
        Key = key;
        Members = members;

        // The record rate comes from the first member, by name, that the profile table knows.
        RateProfile = DemoMetricProfiles.For(members.Select(m => m.Name).Order(StringComparer.Ordinal).FirstOrDefault(DemoMetricProfiles.IsKnown) ?? members[0].Name);
    }

    public string Key { get; }

    public IReadOnlyList<QueryMetric> Members { get; }

    public DemoMetricProfile RateProfile { get; }

    /// <summary>Every query metric of the catalogue mapped to its family.</summary>
    public static Dictionary<string, MetricFamily> Build(MetricCatalog catalog)
    {
        var byMetric = new Dictionary<string, MetricFamily>(StringComparer.Ordinal);
        var groups = catalog.All.OfType<QueryMetric>()
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var family = new MetricFamily(group.Key, [.. group.OrderBy(m => m.Name, StringComparer.Ordinal)]);
            foreach (var metric in family.Members)
            {
                byMetric[metric.Name] = family;
            }
        }

        return byMetric;
    }

    private static string KeyOf(QueryMetric metric) => string.Join(
        '|',
        metric.SObject.ToUpperInvariant(),
        metric.OwnerField.ToUpperInvariant(),
        metric.DateField.ToUpperInvariant(),
        metric.Filter?.Trim() ?? "");
}
