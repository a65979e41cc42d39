namespace PipWatch.Core.Metrics;

/// <summary>How a metric's days combine into one value.</summary>
public enum MetricShape
{
    /// <summary>Counts and sums: the value over several days is their total.</summary>
    Additive,

    /// <summary>An average: Σ sum ÷ Σ count over the days.</summary>
    Average,

    /// <summary>One additive metric divided by another: Σ numerator ÷ Σ denominator over the days.</summary>
    Ratio,
}
