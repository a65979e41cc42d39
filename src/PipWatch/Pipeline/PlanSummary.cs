using PipWatch.Core.Planning;

namespace PipWatch.Pipeline;

/// <summary>What one planning run did: notifications due, created (new in the outbox) per kind, and those that could not be rendered.</summary>
public sealed record PlanSummary(int Due, int Created, IReadOnlyDictionary<NotificationKind, int> CreatedByKind, int RenderFailures)
{
    /// <summary>Each notification this run put in the outbox, as planned and as stored (a simulation tallies them).</summary>
    public IReadOnlyList<CreatedNotification> Notifications { get; init; } = [];
}
