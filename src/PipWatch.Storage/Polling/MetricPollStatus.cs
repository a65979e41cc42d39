namespace PipWatch.Storage.Polling;

/// <summary>
/// Where polling of one metric stands: <paramref name="WatermarkDay"/> is the last day whose data is complete (the next
/// incremental window starts from it), <paramref name="LastSuccessAt"/> decides staleness.
/// </summary>
public sealed record MetricPollStatus(
    string Metric,
    DateTimeOffset? LastSuccessAt,
    DateOnly? WatermarkDay,
    string? LastError,
    DateTimeOffset? LastErrorAt)
{
    /// <summary>Whether the metric's figures are too old to act on (never polled counts as stale).</summary>
    public bool IsStale(DateTimeOffset now, TimeSpan staleAge) => LastSuccessAt is not { } success || now - success > staleAge;
}
