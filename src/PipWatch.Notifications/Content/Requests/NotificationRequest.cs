using PipWatch.Configuration.Settings;
using PipWatch.Core.Milestones;
using PipWatch.Core.Outcomes;

namespace PipWatch.Notifications.Content.Requests;

/// <summary>
/// One email to compose: its kind, its idempotency key, who gets it, and the plan data it speaks about. Digests carry
/// every plan the recipient may see; every other kind carries exactly one plan (ops alerts none).
/// </summary>
public sealed record NotificationRequest
{
    public required NotificationKind Kind { get; init; }

    /// <summary>The outbox key (kind, plan or recipient, period or milestone); it fixes the Message-Id and the image ids.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The first recipient's locale and zone format the whole email.</summary>
    public required IReadOnlyList<Recipient> To { get; init; }

    public IReadOnlyList<Recipient> Cc { get; init; } = [];

    /// <summary>The instant the figures describe; every email shows it in the recipient's zone.</summary>
    public required DateTimeOffset DataAsOf { get; init; }

    public IReadOnlyList<PlanSnapshot> Plans { get; init; } = [];

    /// <summary>The recipient watches these plans (e.g. an HR partner) rather than managing the reps.</summary>
    public bool AsWatcher { get; init; }

    /// <summary>Celebrations: the milestone reached.</summary>
    public Milestone? Milestone { get; init; }

    /// <summary>At-risk warnings: the target and its old and new status.</summary>
    public StatusChange? Warning { get; init; }

    /// <summary>Relapse warnings: the watch after the passed plan.</summary>
    public RelapseReport? Relapse { get; init; }

    /// <summary>Ops alerts: the problems to report.</summary>
    public IReadOnlyList<OpsIssue> OpsIssues { get; init; } = [];

    /// <summary>ISO 4217 code of the org's amounts; null shows them in the recipient culture's own currency.</summary>
    public string? CurrencyCode { get; init; }

    /// <summary>Salesforce link base, whether rep subjects say "PIP", whether the manager is copied on celebrations.</summary>
    public EmailSettings Settings { get; init; } = new();
}
