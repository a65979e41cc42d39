namespace PipWatch.Notifications.Charts;

/// <summary>One day's value on a chart's line.</summary>
public sealed record ChartPoint(DateOnly Day, double Value);
