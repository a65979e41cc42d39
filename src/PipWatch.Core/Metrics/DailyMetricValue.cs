namespace PipWatch.Core.Metrics;

/// <summary>
/// One rep's raw figures for one metric on one local day. Every query metric is kept as a sum and a
/// record count so that days combine exactly: counts and sums add up, averages are ΣSum ÷ ΣCount.
/// </summary>
public readonly record struct DailyMetricValue(string RepUserId, string Metric, DateOnly Day, double Sum, long Count);
