using PipWatch.Core.Metrics;

namespace PipWatch.Salesforce.ScaleHarness;

/// <summary>The six metrics of the simulated plans, shaped like the default catalogue.</summary>
public static class HarnessMetrics
{
    public static IReadOnlyList<QueryMetric> All { get; } =
    [
        new("calls", "Calls", MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, "TaskSubtype = 'Call'"),
        new("call_score", "Call score", MetricUnit.Score, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Avg, "Call_Score__c", "TaskSubtype = 'Call'"),
        new("meetings_held", "Meetings held", MetricUnit.Count, "Event", "OwnerId", "StartDateTime", DateFieldKind.DateTime, MetricAggregate.Count, null, null),
        new("opps_created", "Opportunities created", MetricUnit.Count, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Count, null, null),
        new("pipeline_created", "Pipeline created", MetricUnit.Currency, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Sum, "Amount", null),
        new("closed_won", "Closed won", MetricUnit.Currency, "Opportunity", "OwnerId", "CloseDate", DateFieldKind.Date, MetricAggregate.Sum, "Amount", "IsWon = true"),
    ];
}
