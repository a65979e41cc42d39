namespace PipWatch.Core.Metrics;

public enum MetricAggregate
{
    Count,
    Sum,
    Avg,
    CountDistinct,
}
