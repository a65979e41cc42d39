using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Evaluation;

/// <summary>
/// Where one target stands at an instant. Figures named "completed" use completed working days only (the rep's
/// days whose midnight has passed); <see cref="Actual"/> and <see cref="TodaySoFar"/> are live. For weekly targets the
/// headline figures are those of the current week (the first week before the start, the last after the end).
/// </summary>
public sealed record TargetEvaluation
{
    public required string TargetId { get; init; }

    public required string Metric { get; init; }

    public required string Label { get; init; }

    public required MetricUnit Unit { get; init; }

    public required GoalKind Kind { get; init; }

    public required Direction Direction { get; init; }

    public required bool MustHave { get; init; }

    /// <summary>The first day the target counts (the plan start, or the date an amendment added it).</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The goal in force as written (for weekly targets, a full week's goal).</summary>
    public required double PlanGoal { get; init; }

    /// <summary>The goal the headline figures compare with (for weekly targets, the current week's prorated goal).</summary>
    public required double Goal { get; init; }

    /// <summary>Live value: everything up to the evaluation instant. Null for a quotient with nothing to divide by.</summary>
    public double? Actual { get; init; }

    /// <summary>Value on completed days only.</summary>
    public double? ActualCompleted { get; init; }

    /// <summary>What today has added so far (additive targets while the target is running).</summary>
    public double? TodaySoFar { get; init; }

    /// <summary>Live actual ÷ goal.</summary>
    public double? Attainment { get; init; }

    /// <summary>What should be done by the end of the last completed working day (rate targets: the goal).</summary>
    public double? Expected { get; init; }

    /// <summary>Completed actual against expected, oriented so that above 1 is good (at-most goals: expected ÷ actual; rate targets: value against goal).</summary>
    public double? Pace { get; init; }

    /// <summary>Value expected at the end (of the plan, or of the current week for weekly targets) at the recent daily rate.</summary>
    public double? Projection { get; init; }

    /// <summary>Per remaining working day (today included) to still reach the goal; for at-most goals, the allowance left per day.</summary>
    public double? RequiredDailyRate { get; init; }

    /// <summary>Rate targets: records behind the value (the denominator's record count).</summary>
    public long? Sample { get; init; }

    public required TargetStatus Status { get; init; }

    public required StatusReason Reason { get; init; }

    /// <summary>The status of the previous evaluation, when one was given.</summary>
    public TargetStatus? PreviousStatus { get; init; }

    /// <summary>Weekly targets: every week of the target up to the end of the plan (future weeks with nothing done yet).</summary>
    public IReadOnlyList<WeekResult> Weeks { get; init; } = [];

    /// <summary>Weekly targets: the index into <see cref="Weeks"/> the headline figures describe.</summary>
    public int? CurrentWeekIndex { get; init; }

    /// <summary>Consecutive weeks hit, counting back from the current week (a week without working days is skipped).</summary>
    public int Streak { get; init; }

    /// <summary>The calendar start of the streak's first week.</summary>
    public DateOnly? StreakStart { get; init; }

    public required int WorkingDaysTotal { get; init; }

    public required int WorkingDaysCompleted { get; init; }

    /// <summary>Working days from today (included) to the end date.</summary>
    public required int WorkingDaysRemaining { get; init; }

    /// <summary>After an at-risk or off-track spell: the first completed working day back on track.</summary>
    public DateOnly? RecoveringSince { get; init; }

    /// <summary>Completed working days on track since <see cref="RecoveringSince"/>.</summary>
    public int OnTrackWorkingDays { get; init; }

    /// <summary>When the metric data was last refreshed, when the caller knows.</summary>
    public DateTimeOffset? DataAsOf { get; init; }

    /// <summary>The data is older than the stale age: show it as such, never warn from it.</summary>
    public bool IsStale { get; init; }

    /// <summary>The current week's result for weekly targets.</summary>
    public WeekResult? CurrentWeek => CurrentWeekIndex is int i ? Weeks[i] : null;
}
