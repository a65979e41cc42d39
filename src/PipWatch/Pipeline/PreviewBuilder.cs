using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Planning;
using PipWatch.Core.Plans;

namespace PipWatch.Pipeline;

/// <summary>
/// Builds a notification of any kind for one plan as it stands, whether or not it is due, so ops can review wording
/// and template overrides before going live. Kinds that need an event (a milestone, a fall behind) use the plan's
/// own figures to stand one in.
/// </summary>
public static class PreviewBuilder
{
    public static PlannedNotification Build(NotificationKind kind, EvaluatedPlan plan)
    {
        var evaluation = plan.Evaluation;
        var rep = People.Rep(plan.Plan) ?? throw new InvalidOperationException($"PIP {plan.Plan.Pip.Id}: the rep could not be resolved, so there is nobody to preview for.");
        var manager = People.Manager(plan.Plan);
        var view = new PlanView(plan.Plan.Pip, rep, manager, evaluation)
        {
            End = evaluation.End,
            AmendmentsInForce = evaluation.AmendmentsInForce,
            NewAmendments = evaluation.AmendmentsInForce,
        };
        var repFacing = kind is NotificationKind.RepWeekly or NotificationKind.Celebration or NotificationKind.KickoffRep;
        var to = repFacing ? rep : manager ?? rep;
        var target = evaluation.Targets.FirstOrDefault(t => t.Status.IsBehind()) ?? (evaluation.Targets.Count > 0 ? evaluation.Targets[0] : null);
        return new PlannedNotification
        {
            Kind = kind,
            IdempotencyKey = $"preview:{kind}:{plan.Plan.Pip.Id}:{evaluation.LocalDay:yyyy-MM-dd}",
            To = [to],
            Cc = kind == NotificationKind.Celebration && manager is not null ? [manager] : [],
            PipIds = [plan.Plan.Pip.Id],
            LocalDay = evaluation.LocalDay,
            Period = DateRange.OneDay(evaluation.LocalDay),
            Plans = [view],
            Milestone = kind == NotificationKind.Celebration ? new MilestoneFired(StandInMilestone(plan, target), evaluation.AsOf) : null,
            Warning = kind == NotificationKind.AtRiskWarning && target is not null
                ? new AtRiskChange(target.TargetId, TargetStatus.OnTrack, target.Status.IsBehind() ? target.Status : TargetStatus.AtRisk, null, false)
                : null,
            Relapse = kind == NotificationKind.RelapseWarning
                ? RelapseWatch.Check(plan.Prepared, plan.Series, new Core.Settings.Thresholds(), evaluation.AsOf)
                : null,
            Problem = kind == NotificationKind.OpsAlert ? OpsProblem.ManagerWithoutEmail : null,
        };
    }

    private static Milestone StandInMilestone(EvaluatedPlan plan, TargetEvaluation? target) =>
        (plan.NewMilestones.Count > 0 ? plan.NewMilestones[0] : null)
        ?? (target is null
            ? new Milestone("passed", MilestoneKind.Passed, null)
            : new Milestone($"total:{target.TargetId}:50", MilestoneKind.TotalFraction, target.TargetId, 0.5, null, null, target.Actual, target.Goal));
}
