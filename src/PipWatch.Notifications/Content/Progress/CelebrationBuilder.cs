using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Progress;

/// <summary>Builds the celebration of one milestone for the rep.</summary>
internal sealed class CelebrationBuilder(ContentContext context)
{
    public ContentDraft Build(bool managerCopied)
    {
        var plan = context.Plan;
        var milestone = context.Request.Milestone!;
        var format = context.Format;
        var evaluation = plan.Evaluation;
        var target = milestone.TargetId is null ? null : evaluation.FindTarget(milestone.TargetId);
        var facts = target is null ? null : new TargetFacts(target, plan);
        var label = target?.Label ?? "your plan";
        var unit = target?.Unit ?? Core.Metrics.MetricUnit.Count;
        string V(double? value) => format.Value(value, unit);
        var left = evaluation.WorkingDaysRemaining;

        var (headline, achievement) = milestone.Kind switch
        {
            MilestoneKind.TotalFraction when milestone.Fraction >= 1 => (
                $"Goal reached: {label}",
                left > 0 && evaluation.Phase == PlanPhase.Running
                    ? $"You have reached {V(milestone.Value)} against a goal of {V(milestone.Goal)}, with {format.Whole(left)} working days to spare."
                    : $"You have reached {V(milestone.Value)} against a goal of {V(milestone.Goal)}."),
            MilestoneKind.TotalFraction when milestone.Fraction is 0.5 => (
                $"Halfway there on {label}",
                $"You have reached {V(milestone.Value)} of your {V(milestone.Goal)} goal: more than half of it, with {format.Whole(left)} working days to go."),
            MilestoneKind.TotalFraction => (
                $"{format.Percent(milestone.Fraction)} of your {label} goal",
                $"You have reached {V(milestone.Value)} of your {V(milestone.Goal)} goal."),
            MilestoneKind.WeeklyHit => (
                $"Weekly goal reached: {label}",
                $"In the week of {Day(milestone.Date)} you reached {V(milestone.Value)} against a goal of {V(milestone.Goal)}."),
            MilestoneKind.Streak => (
                $"{format.Whole(milestone.Weeks ?? 0)} weeks in a row: {label}",
                $"You have reached the {label} goal {format.Whole(milestone.Weeks ?? 0)} weeks running, since the week of {Day(milestone.Date)}. Consistency like that is exactly what the plan asks for."),
            MilestoneKind.Comeback => (
                $"Back on track: {label}",
                $"Since {Day(milestone.Date)}, {label} has been back on pace, and it has held for {format.Whole(target?.OnTrackWorkingDays ?? 0)} working days."),
            _ => (
                "Every goal of your plan met",
                $"Every must-have goal of your plan was met by {format.Date(evaluation.End)}. That took steady work, week after week."),
        };

        var behind = evaluation.Targets
            .Where(t => t.TargetId != milestone.TargetId && t.MustHave && t.Status.IsBehind() && evaluation.Phase == PlanPhase.Running)
            .Select(t => t.Label)
            .ToList();
        var stillBehind = behind.Count == 0
            ? null
            : $"To be straight with you: {string.Join(", ", behind)} {(behind.Count == 1 ? "is" : "are")} still behind. Your weekly update has what {(behind.Count == 1 ? "it needs" : "they need")} from here.";
        var copyNote = managerCopied ? $"{ContentContext.ManagerOrFallback(plan)} gets a copy of this note." : null;
        var subject = context.RepSubjectsMentionPip ? $"PIP milestone: {headline}" : $"Nice work: {headline}";

        var model = new CelebrationEmail(
            subject,
            achievement,
            context.RecipientName,
            plan.Rep.Name,
            context.DataAsOf,
            headline,
            achievement,
            facts is null ? null : Comparison(facts, plan),
            facts is null ? null : NextStep(facts, milestone, plan),
            stillBehind,
            facts is null ? null : context.Lines.Build(facts, plan, withTrend: false, chart: null),
            target is null ? null : context.Charts?.Full(target, plan),
            copyNote);
        return new ContentDraft(model, subject);
    }

    /// <summary>The rep against their own start: the first week, or the first week's daily average.</summary>
    private string? Comparison(TargetFacts facts, PlanSnapshot plan)
    {
        var t = facts.Target;
        var format = context.Format;
        if (t.Kind == GoalKind.Weekly)
        {
            var judged = t.Weeks.Where(w => w.WorkingDays > 0 && (w.IsComplete || w.IsHit)).ToList();
            if (judged.Count < 2)
            {
                return null;
            }

            var first = judged[0];
            var latest = judged[^1];
            return $"Your first week reached {format.Value(first.Value, t.Unit)} against {format.Value(first.Goal, t.Unit)}; the latest reached {format.Value(latest.Value, t.Unit)} against {format.Value(latest.Goal, t.Unit)}.";
        }

        if (t.Kind != GoalKind.Total || plan.HistoryOf(t.TargetId) is not { } history || plan.Plan is null || facts.RecentRate is not double recent)
        {
            return null;
        }

        var calendar = plan.Plan.CalendarOn(plan.Evaluation.LocalDay);
        var weekEnd = t.Start.AddDays(6);
        var days = calendar.CountWorkingDays(t.Start, weekEnd);
        if (days == 0 || plan.Evaluation.LocalDay <= weekEnd.AddDays(7))
        {
            return null;
        }

        var firstWeek = history.Cumulative.Where(p => p.Day <= weekEnd).Select(p => p.Value).DefaultIfEmpty(0).Last();
        var average = firstWeek / days;
        var start = $"In the first week of the plan you averaged {format.Rate(average, t.Unit)} a day";
        return recent > average * 1.05
            ? $"{start}; over the last two weeks it has been {format.Rate(recent, t.Unit)} a day. That is real progress."
            : recent < average * 0.95
                ? $"{start}; over the last two weeks it has been {format.Rate(recent, t.Unit)} a day, so the pace has dipped since."
                : $"{start}, and you have held that pace over the last two weeks.";
    }

    private string? NextStep(TargetFacts facts, Milestone milestone, PlanSnapshot plan)
    {
        var t = facts.Target;
        var format = context.Format;
        if (plan.Evaluation.Phase != PlanPhase.Running)
        {
            return null;
        }

        return milestone.Kind switch
        {
            MilestoneKind.TotalFraction when milestone.Fraction < 1 && t.RequiredDailyRate is double rate =>
                $"The rest of the goal needs about {format.Rate(rate, t.Unit)} a day until {format.Date(plan.Evaluation.End)}.",
            MilestoneKind.TotalFraction => "Everything you add from here still counts in your favour.",
            MilestoneKind.WeeklyHit or MilestoneKind.Streak => $"Next week asks for the same {format.Value(t.PlanGoal, t.Unit)}. Keep the habits that got you here.",
            MilestoneKind.Comeback => "Keep the pace that brought it back.",
            _ => null,
        };
    }

    private string Day(DateOnly? day) => day is DateOnly d ? context.Format.ShortDate(d) : Formatting.ContentFormat.Missing;
}
