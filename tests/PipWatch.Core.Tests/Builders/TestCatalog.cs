using PipWatch.Core.Metrics;

namespace PipWatch.Core.Tests.Builders;

/// <summary>A small metric catalogue like the shipped default: counts, a currency sum, an average and two ratios.</summary>
internal static class TestCatalog
{
    public static MetricCatalog Default { get; } = new(
    [
        Count("calls", "Calls"),
        Count("emails", "Emails"),
        Count("meetings_booked", "Meetings booked"),
        Count("meetings_held", "Meetings held"),
        Count("opps_created", "Opportunities created"),
        Count("no_shows", "No-shows"),
        new QueryMetric("pipeline", "Pipeline created", MetricUnit.Currency, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Sum, "Amount", null),
        new QueryMetric("call_score", "Call score", MetricUnit.Score, "Call_Review__c", "OwnerId", "Call_Date__c", DateFieldKind.Date, MetricAggregate.Avg, "Score__c", null),
        new RatioMetric("conversion", "Meetings held to opportunities", MetricUnit.Percent, "opps_created", "meetings_held"),
        new RatioMetric("no_show_rate", "No-show rate", MetricUnit.Percent, "no_shows", "meetings_booked"),
    ]);

    public static bool IsCount(string metric) =>
        Default.TryGet(metric, out var definition) && definition is QueryMetric { Aggregate: MetricAggregate.Count };

    private static QueryMetric Count(string name, string label) =>
        new(name, label, MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, null);
}
