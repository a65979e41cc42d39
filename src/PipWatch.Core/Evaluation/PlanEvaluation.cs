using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Evaluation;

/// <summary>Where a plan stands at an instant: every target, the plan's status and the state to keep for the next evaluation.</summary>
public sealed record PlanEvaluation
{
    public required string PipId { get; init; }

    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The rep's local day at <see cref="AsOf"/>.</summary>
    public required DateOnly LocalDay { get; init; }

    public required string TimeZoneId { get; init; }

    public required PlanPhase Phase { get; init; }

    public required DateOnly Start { get; init; }

    /// <summary>The end date in force (amendments may have moved it).</summary>
    public required DateOnly End { get; init; }

    public required int WorkingDaysTotal { get; init; }

    public required int WorkingDaysCompleted { get; init; }

    /// <summary>Working days from today (included) to the end date (included).</summary>
    public required int WorkingDaysRemaining { get; init; }

    /// <summary>Running with no more working days left than the ending-soon threshold.</summary>
    public required bool IsEndingSoon { get; init; }

    /// <summary>The worst status of the must-have targets (of all targets when none is must-have).</summary>
    public required TargetStatus Status { get; init; }

    public required IReadOnlyList<TargetEvaluation> Targets { get; init; }

    public required IReadOnlyList<Amendment> AmendmentsInForce { get; init; }

    public required IReadOnlyList<string> DroppedTargetIds { get; init; }

    /// <summary>The oldest refresh time of the data behind the targets, when known.</summary>
    public DateTimeOffset? DataAsOf { get; init; }

    public bool HasStaleData { get; init; }

    /// <summary>Passed, failed or partial, once the plan has ended.</summary>
    public PlanOutcome? Outcome { get; init; }

    /// <summary>Keep this and pass it to the next evaluation of the plan.</summary>
    public required EvaluationState State { get; init; }

    public TargetEvaluation? FindTarget(string targetId)
    {
        foreach (var target in Targets)
        {
            if (target.TargetId == targetId)
            {
                return target;
            }
        }

        return null;
    }
}
