using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Content.Views;

/// <summary>The raw figures the copy is written from, derived once per target from its evaluation.</summary>
internal sealed class TargetFacts
{
    public TargetFacts(TargetEvaluation target, PlanSnapshot plan)
    {
        Target = target;
        Previous = plan.Previous?.FindTarget(target.TargetId);
        PreviousStatus = Previous?.Status
            ?? (plan.PreviousStatuses.TryGetValue(target.TargetId, out var status) ? status : null);
        DaysLeft = DaysLeftInScope(target, plan);
        RecentRate = target.Projection is double projection && target.ActualCompleted is double done && DaysLeft is > 0
            ? Math.Max(0, (projection - done) / DaysLeft.Value)
            : null;
    }

    public TargetEvaluation Target { get; }

    /// <summary>The same target in the previous digest's evaluation.</summary>
    public TargetEvaluation? Previous { get; }

    public TargetStatus? PreviousStatus { get; }

    public bool AtMost => Target.Direction == Direction.AtMost;

    public bool IsWeekly => Target.Kind == GoalKind.Weekly;

    public bool IsRate => Target.Kind == GoalKind.Rate;

    /// <summary>Working days from today to the end of the scope the headline figures describe (the week, or the plan).</summary>
    public int? DaysLeft { get; }

    /// <summary>The recent daily rate behind the projection (last ten completed working days).</summary>
    public double? RecentRate { get; }

    /// <summary>How far the completed actual trails what was expected by now; null or zero when it does not.</summary>
    public double? Behind => Target.Expected is double expected && Target.ActualCompleted is double done && !IsRate
        ? AtMost ? Math.Max(0, done - expected) : Math.Max(0, expected - done)
        : null;

    public WeekResult? LastCompletedWeek
    {
        get
        {
            for (var i = Target.Weeks.Count - 1; i >= 0; i--)
            {
                if (Target.Weeks[i].IsComplete && Target.Weeks[i].Outcome != WeekOutcome.NoWorkingDays)
                {
                    return Target.Weeks[i];
                }
            }

            return null;
        }
    }

    public int WeeksHit => Target.Weeks.Count(w => w.IsComplete && w.IsHit);

    public int WeeksJudged => Target.Weeks.Count(w => w.IsComplete && w.Outcome is WeekOutcome.Hit or WeekOutcome.Missed);

    /// <summary>Fraction of the goal done, for progress bars; null for at-most goals, where a full bar would mislead.</summary>
    public double? Progress => AtMost ? null : Target.Attainment;

    private static int? DaysLeftInScope(TargetEvaluation target, PlanSnapshot plan)
    {
        if (target.Kind != GoalKind.Weekly)
        {
            return target.WorkingDaysRemaining;
        }

        if (target.CurrentWeek is not WeekResult week || plan.Plan is null || plan.Evaluation.LocalDay > week.Last)
        {
            return null;
        }

        var today = plan.Evaluation.LocalDay;
        return plan.Plan.CalendarOn(today).CountWorkingDays(today < week.First ? week.First : today, week.Last);
    }
}
