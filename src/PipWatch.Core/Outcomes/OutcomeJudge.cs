using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Outcomes;

/// <summary>Decides passed, failed or partial from an ended plan's targets.</summary>
public static class OutcomeJudge
{
    /// <summary>
    /// Judges the must-have targets (all targets when none is must-have): all met is passed, none met is failed,
    /// anything else partial. A rate target still under its minimum sample counts as not met.
    /// </summary>
    public static PlanOutcome Judge(IReadOnlyList<TargetEvaluation> targets)
    {
        var anyMustHave = targets.Any(t => t.MustHave);
        var outcomes = targets.Select(ToOutcome).ToArray();
        var judged = outcomes.Where(o => o.MustHave || !anyMustHave).ToArray();
        var met = judged.Count(o => o.Met);
        var kind = met == judged.Length ? OutcomeKind.Passed : met == 0 ? OutcomeKind.Failed : OutcomeKind.Partial;
        var gaps = judged.Where(o => !o.Met).OrderBy(o => o.Attainment).ToArray();
        IReadOnlyList<OffRampOption> options = kind switch
        {
            OutcomeKind.Passed => [OffRampOption.ReadmitAndWatch],
            OutcomeKind.Failed => [OffRampOption.LetGo],
            _ => [OffRampOption.LetGo, OffRampOption.NewPlanOnMissedTargets, OffRampOption.ReadmitWithPrioritisedGaps],
        };

        return new PlanOutcome(kind, outcomes, gaps, options);
    }

    private static TargetOutcome ToOutcome(TargetEvaluation target)
    {
        var met = target.Status == TargetStatus.Met;
        var (achieved, attainment) = target.Kind switch
        {
            GoalKind.Weekly => WeeksHit(target),
            GoalKind.Rate when target.Reason == StatusReason.MinSample => (target.ActualCompleted, 0),
            _ => (target.ActualCompleted, target.Pace ?? (met ? 1 : 0)),
        };

        return new TargetOutcome(
            target.TargetId,
            target.Metric,
            target.Label,
            target.Kind,
            target.Direction,
            target.MustHave,
            target.PlanGoal,
            achieved,
            attainment,
            met,
            target.Reason);
    }

    private static (double? Achieved, double Attainment) WeeksHit(TargetEvaluation target)
    {
        var counted = target.Weeks.Count(w => w.Outcome != WeekOutcome.NoWorkingDays);
        var hit = target.Weeks.Count(w => w.IsHit);
        return (hit, counted == 0 ? 1 : (double)hit / counted);
    }
}
