using PipWatch.Core.Metrics;

namespace PipWatch.Notifications.Tests.Content.Builders;

/// <summary>A metric catalogue like the shipped one: counts, a currency sum, an average and a ratio.</summary>
internal static class TestMetrics
{
    public static MetricCatalog Catalog { get; } = Build(null);

    /// <summary>The same metrics with hostile labels, as a careless ops edit could write them.</summary>
    public static MetricCatalog Hostile { get; } = Build("<img src=x onerror=alert(1)> & \"quoted\" ");

    private static MetricCatalog Build(string? prefix) => new(
    [
        Count("calls", $"{prefix}Calls"),
        Count("meetings_held", $"{prefix}Meetings held"),
        Count("opps_created", $"{prefix}Opportunities created"),
        Count("emails", $"{prefix}Emails sent"),
        new QueryMetric("pipeline", $"{prefix}Pipeline created", MetricUnit.Currency, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Sum, "Amount", null),
        new QueryMetric("call_score", $"{prefix}Call quality score", MetricUnit.Score, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Avg, "Call_Score__c", null),
        new RatioMetric("meeting_to_opp", $"{prefix}Meetings that became opportunities", MetricUnit.Percent, "opps_created", "meetings_held"),
    ]);

    private static QueryMetric Count(string name, string label) =>
        new(name, label, MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, null);
}
