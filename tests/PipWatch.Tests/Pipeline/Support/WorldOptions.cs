namespace PipWatch.Tests.Pipeline.Support;

/// <summary>The pipwatch.yaml settings a test varies; everything else is fixed by <see cref="PipelineWorld"/>.</summary>
public sealed record WorldOptions
{
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    public int HealthPort { get; init; } = 8080;

    public int MaxDeliveryAttempts { get; init; } = 8;

    /// <summary>Cron of every recurring job; the default never fires during a test (January 1st, midnight).</summary>
    public string Cron { get; init; } = "0 0 1 1 *";

    public string DigestTime { get; init; } = "08:00";

    public string DigestLatestTime { get; init; } = "20:00";

    /// <summary>Whether a manager is copied on their rep's celebration notes.</summary>
    public bool CcManagerOnCelebrations { get; init; } = true;
}
