namespace PipWatch.Storage.Metrics;

/// <summary>A block of stored metric values: these reps, these metrics, the days From through To inclusive.</summary>
public sealed record MetricWindow
{
    public MetricWindow(IReadOnlyCollection<string> repUserIds, IReadOnlyCollection<string> metrics, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The metric window ends on {to:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}.", nameof(to));
        }

        RepUserIds = repUserIds;
        Metrics = metrics;
        From = from;
        To = to;
    }

    public IReadOnlyCollection<string> RepUserIds { get; }

    public IReadOnlyCollection<string> Metrics { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public bool Contains(string repUserId, string metric, DateOnly day) =>
        day >= From && day <= To && RepUserIds.Contains(repUserId) && Metrics.Contains(metric);
}
