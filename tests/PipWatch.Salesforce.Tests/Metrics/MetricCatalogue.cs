using PipWatch.Core.Metrics;

namespace PipWatch.Salesforce.Tests.Metrics;

/// <summary>Metric definitions shaped like the default catalogue's.</summary>
public static class MetricCatalogue
{
    public static QueryMetric Calls { get; } = new("calls", "Calls", MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, "TaskSubtype = 'Call'");

    public static QueryMetric CallScore { get; } = new("call_score", "Call score", MetricUnit.Score, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Avg, "Call_Score__c", "TaskSubtype = 'Call'");

    public static QueryMetric Meetings { get; } = new("meetings_held", "Meetings", MetricUnit.Count, "Event", "OwnerId", "StartDateTime", DateFieldKind.DateTime, MetricAggregate.Count, null, null);

    public static QueryMetric OppsCreated { get; } = new("opps_created", "Opportunities created", MetricUnit.Count, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Count, null, null);

    public static QueryMetric PipelineCreated { get; } = new("pipeline_created", "Pipeline created", MetricUnit.Currency, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Sum, "Amount", null);

    public static QueryMetric ClosedWon { get; } = new("closed_won", "Closed won", MetricUnit.Currency, "Opportunity", "OwnerId", "CloseDate", DateFieldKind.Date, MetricAggregate.Sum, "Amount", "IsWon = true");

    public static RatioMetric Conversion { get; } = new("conversion", "Opportunities per meeting", MetricUnit.Percent, "opps_created", "meetings_held");
}
