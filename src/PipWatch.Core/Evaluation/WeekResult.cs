namespace PipWatch.Core.Evaluation;

/// <summary>One week of a weekly target (or of a relapse watch): the prorated goal and what was done.</summary>
/// <param name="WeekStart">The calendar week's first day; weekly milestone keys use it.</param>
/// <param name="First">The week's first day counted for the target.</param>
/// <param name="Last">The week's last day inside the plan.</param>
/// <param name="Goal">The goal prorated to the week's working days.</param>
/// <param name="Value">Everything done in the week up to the evaluation's local day (today included).</param>
public readonly record struct WeekResult(
    int Index,
    DateOnly WeekStart,
    DateOnly First,
    DateOnly Last,
    int WorkingDays,
    double Goal,
    double Value,
    bool IsComplete,
    WeekOutcome Outcome)
{
    public bool IsHit => Outcome == WeekOutcome.Hit;

    public bool IsMissed => Outcome == WeekOutcome.Missed;
}
