namespace PipWatch.Core.Metrics;

/// <summary>How a metric's value is read and formatted.</summary>
public enum MetricUnit
{
    Count,
    Currency,
    Percent,
    Score,
    Duration,
}
