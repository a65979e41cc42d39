using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Planning;

/// <summary>
/// A notification that is due: who gets it, under which idempotency key, and the data to render it. The same
/// occurrence always gets the same key, so the outbox's unique key turns repeated planning into no-ops.
/// </summary>
public sealed record PlannedNotification
{
    public required NotificationKind Kind { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>Empty only for an ops alert when no ops address is configured (then it is for the log).</summary>
    public required IReadOnlyList<PersonRef> To { get; init; }

    public IReadOnlyList<PersonRef> Cc { get; init; } = [];

    /// <summary>The plans concerned: a digest covers several, every other kind one.</summary>
    public required IReadOnlyList<string> PipIds { get; init; }

    /// <summary>
    /// The local day the notification belongs to: the recipient's day it fell due on for scheduled notes, the rep's
    /// day for celebrations and at-risk warnings (the day the data showed it).
    /// </summary>
    public required DateOnly LocalDay { get; init; }

    /// <summary>The period its key names: a day, or a week for rep weekly and relapse notes.</summary>
    public required DateRange Period { get; init; }

    /// <summary>Digests only: the instant of the day's latest send time, after which it must not be delivered.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The plans to render, in display order.</summary>
    public required IReadOnlyList<PlanView> Plans { get; init; }

    /// <summary>Celebrations: the milestone reached.</summary>
    public MilestoneFired? Milestone { get; init; }

    /// <summary>At-risk warnings: the target and how its status changed.</summary>
    public AtRiskChange? Warning { get; init; }

    /// <summary>At-risk warnings: store this as the target's last warning when the note is enqueued.</summary>
    public WarningRecorded? RecordWarning { get; init; }

    /// <summary>Relapse warnings: the relapse check that flagged the week.</summary>
    public RelapseReport? Relapse { get; init; }

    /// <summary>Ops alerts: what is wrong.</summary>
    public OpsProblem? Problem { get; init; }
}
