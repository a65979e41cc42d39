using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Plans;
using PipWatch.Core.Realism;

namespace PipWatch.Notifications.Content.Requests;

/// <summary>Everything an email may say about one plan: where it stands, who it concerns, and what changed.</summary>
public sealed record PlanSnapshot
{
    public required PlanEvaluation Evaluation { get; init; }

    public required Person Rep { get; init; }

    /// <summary>Null when the plan has no resolvable manager.</summary>
    public Person? Manager { get; init; }

    /// <summary>
    /// The prepared plan: its calendar draws the expected line and counts a week's remaining days, its file gives the
    /// check-in cadence and the recorded decision. Without it the charts fall back to straight lines.
    /// </summary>
    public PreparedPlan? Plan { get; init; }

    /// <summary>The evaluation the previous digest showed (or yesterday's), for "trend since yesterday" and status changes.</summary>
    public PlanEvaluation? Previous { get; init; }

    /// <summary>Per-target statuses of the previous digest, when the whole evaluation was not kept.</summary>
    public IReadOnlyDictionary<string, TargetStatus> PreviousStatuses { get; init; } = new Dictionary<string, TargetStatus>();

    /// <summary>Cumulative actual per day per target, for the charts.</summary>
    public IReadOnlyList<TargetHistory> History { get; init; } = [];

    /// <summary>Milestones fired since the previous digest.</summary>
    public IReadOnlyList<Milestone> NewMilestones { get; init; } = [];

    /// <summary>Amendments to describe with their reason (the first digest on or after their date); the others in force get one line.</summary>
    public IReadOnlyList<Amendment> NewAmendments { get; init; } = [];

    public IReadOnlyList<StaleMetric> StaleMetrics { get; init; } = [];

    /// <summary>Notes about the plan's people the manager should see, e.g. "The manager override names no active user".</summary>
    public IReadOnlyList<string> PeopleNotes { get; init; } = [];

    /// <summary>The realism check per target id, for the manager's kickoff.</summary>
    public IReadOnlyDictionary<string, RealismAssessment> Realism { get; init; } = new Dictionary<string, RealismAssessment>();

    public string PipId => Evaluation.PipId;

    public TargetHistory? HistoryOf(string targetId) => History.FirstOrDefault(h => h.TargetId == targetId);
}
