using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Planning;

/// <summary>One plan as a notification shows it: the data to render, no rendering. A digest holds one per plan.</summary>
/// <param name="Evaluation">The latest evaluation; null means "no data yet".</param>
public sealed record PlanView(Pip Pip, PersonRef Rep, PersonRef? Manager, PlanEvaluation? Evaluation)
{
    public ViewerRole Role { get; init; } = ViewerRole.Manager;

    /// <summary>The end date in force (amendments may have moved it).</summary>
    public required DateOnly End { get; init; }

    /// <summary>Amendments in force on the rep's current day, oldest first (a later digest lists them in one line).</summary>
    public IReadOnlyList<Amendment> AmendmentsInForce { get; init; } = [];

    /// <summary>Digests: amendments taking effect since the reader's previous digest, to describe with their reason.</summary>
    public IReadOnlyList<Amendment> NewAmendments { get; init; } = [];

    /// <summary>Digests: milestones fired since the reader's previous digest.</summary>
    public IReadOnlyList<MilestoneFired> NewMilestones { get; init; } = [];

    /// <summary>Digests: targets whose status changed since the reader's previous digest (needs the status history).</summary>
    public IReadOnlyList<StatusChange> StatusChanges { get; init; } = [];

    /// <summary>Metrics whose figures are stale (last successful poll older than the stale age, or never).</summary>
    public IReadOnlyList<string> StaleMetrics { get; init; } = [];

    /// <summary>What needs the reader's attention on the day concerned, in a fixed order.</summary>
    public IReadOnlyList<AttentionItem> Attention { get; init; } = [];
}
