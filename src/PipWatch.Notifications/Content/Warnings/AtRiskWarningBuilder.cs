using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Progress;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Warnings;

/// <summary>Builds the at-risk warning for the manager, and its counterpart for the rep.</summary>
internal sealed class AtRiskWarningBuilder(ContentContext context)
{
    private readonly Recovery _recovery = new(context.Format);

    public ContentDraft BuildForManager()
    {
        var (plan, change, facts) = Subject();
        var t = facts.Target;
        var rep = plan.Rep.Name;
        var headline = $"{t.Label} is now {StatusText.Phrase(change.To)} (was {StatusText.Phrase(change.From)})";
        var subject = $"PIP warning — {ContentContext.SubjectName(rep)}: {t.Label} {StatusText.Phrase(change.To)}";
        var others = plan.Evaluation.Targets
            .Where(o => o.TargetId != t.TargetId)
            .Select(o => context.Lines.Build(new TargetFacts(o, plan), plan, withTrend: false, chart: null))
            .ToList();

        var model = new AtRiskWarningEmail(
            subject,
            $"{rep}: {headline}.",
            context.RecipientName,
            rep,
            context.DataAsOf,
            headline,
            $"Why: {StatusText.Reason(t.Reason)}.",
            Behind(facts),
            RecoveryForManager(facts, plan),
            context.Lines.Build(facts, plan, withTrend: false, chart: null),
            context.Charts?.Full(t, plan),
            NextSteps(facts, plan),
            others,
            context.SalesforceUrl(plan.Rep));
        return new ContentDraft(model, subject);
    }

    public ContentDraft BuildForRep()
    {
        var (plan, change, facts) = Subject();
        var t = facts.Target;
        var manager = ContentContext.ManagerOrFallback(plan);
        var headline = change.To == TargetStatus.OffTrack ? $"Your {t.Label} goal is well behind" : $"Your {t.Label} goal needs attention";
        var subject = context.RepSubjectsMentionPip ? $"PIP heads-up: your {t.Label} goal" : $"Heads-up on your {t.Label} goal";
        var suggestions = new List<string>
        {
            "Put the time this goal needs in your calendar first, before other work fills the day.",
            $"Tell {manager} what is slowing you down. Clearing obstacles is part of their job.",
            "Ask for what would help most: a better list, a talk track, a colleague to shadow for an hour.",
        };

        var model = new RepAtRiskNoteEmail(
            subject,
            headline,
            context.RecipientName,
            plan.Rep.Name,
            context.DataAsOf,
            headline,
            new Encouragement(context.Format).For(facts, plan, manager),
            context.Lines.Build(facts, plan, withTrend: false, chart: null),
            context.Charts?.Full(t, plan),
            suggestions);
        return new ContentDraft(model, subject);
    }

    private (PlanSnapshot Plan, StatusChange Change, TargetFacts Facts) Subject()
    {
        var plan = context.Plan;
        var change = context.Request.Warning!;
        var target = plan.Evaluation.FindTarget(change.TargetId)!;
        return (plan, change, new TargetFacts(target, plan));
    }

    private string Behind(TargetFacts facts)
    {
        var t = facts.Target;
        var format = context.Format;
        string V(double? value) => format.Value(value, t.Unit);
        if (t.Kind == GoalKind.Rate)
        {
            var sample = t.Sample is long s ? $", from {format.Whole((int)Math.Min(s, int.MaxValue))} records" : "";
            return $"The figure is {V(t.Actual)} against a goal of {V(t.Goal)}{sample}.";
        }

        if (t.Reason == StatusReason.LimitExceeded)
        {
            return $"{V(t.ActualCompleted)} against a limit of {V(t.Goal)}: already over.";
        }

        var sentences = new List<string>();
        if (t.Reason is StatusReason.MissedWeek or StatusReason.MissedWeeks && facts.LastCompletedWeek is { } week)
        {
            var gap = facts.AtMost ? "over the limit" : $"{format.Value(week.Goal - week.Value, t.Unit)} short";
            sentences.Add($"Last week ended at {format.Value(week.Value, t.Unit)} of {format.Value(week.Goal, t.Unit)} ({gap}).");
        }

        if (t.Expected is double expected && t.ActualCompleted is double done)
        {
            var scope = t.Kind == GoalKind.Weekly ? "This week so far" : "Through yesterday";
            var pace = t.Pace is double p ? $", a pace of {format.Percent(p)}" : "";
            sentences.Add(facts.AtMost
                ? $"{scope}: {V(done)} against {V(expected)} allowed by now{pace}."
                : facts.Behind is > 0 and double behind
                    ? $"{scope}: {V(done)} done against {V(expected)} expected, {V(behind)} behind{pace}."
                    : $"{scope}: {V(done)} done against {V(expected)} expected{pace}.");
        }

        if (t.Projection is double projection && t.Kind == GoalKind.Total)
        {
            sentences.Add($"At the recent rate it ends near {V(projection)} of {V(t.Goal)}.");
        }

        return sentences.Count == 0 ? $"{V(t.Actual)} against a goal of {V(t.Goal)}." : string.Join(" ", sentences);
    }

    private string? RecoveryForManager(TargetFacts facts, PlanSnapshot plan)
    {
        var t = facts.Target;
        var format = context.Format;
        if (t.RequiredDailyRate is not double required || t.Kind == GoalKind.Rate)
        {
            return t.Kind == GoalKind.Rate
                ? $"The figure has to move to {(facts.AtMost ? "at most" : "at least")} {format.Value(t.Goal, t.Unit)} over the rest of the plan."
                : null;
        }

        var days = _recovery.Days(facts.DaysLeft);
        var recent = facts.RecentRate is double r ? format.Rate(r, t.Unit) : null;
        if (facts.AtMost)
        {
            return recent is null
                ? $"To stay within the limit, the allowance is {format.Rate(required, t.Unit)} a day over {days}."
                : $"To stay within the limit, the allowance is {format.Rate(required, t.Unit)} a day over {days}, against a recent {recent} a day.";
        }

        var rep = plan.Rep.Name;
        var aim = _recovery.Aim(t, plan.Evaluation.End);
        if (Recovery.Stalled(facts))
        {
            return $"{Capital(aim)}, {rep} needs about {format.Rate(required, t.Unit)} a day over {days}, and nothing has been logged in the last two weeks.";
        }

        var comparison = _recovery.Comparison(facts);
        return comparison is null || recent is null
            ? $"{Capital(aim)}, {rep} needs about {format.Rate(required, t.Unit)} a day over {days}."
            : $"{Capital(aim)}, {rep} needs about {format.Rate(required, t.Unit)} a day over {days}, against a recent {recent} a day: {comparison} the recent rate.";
    }

    private List<string> NextSteps(TargetFacts facts, PlanSnapshot plan)
    {
        var t = facts.Target;
        var rep = plan.Rep.Name;
        var steps = new List<string>
        {
            $"Check in with {rep} in the next day or two. Ask what has changed and listen before proposing fixes.",
            "Find what is in the way and clear it: thin lead lists, tools that slow the work down, internal tasks that eat selling time.",
            $"Make sure {rep} has what this goal needs: lists, talk tracks, protected calendar time, a colleague to learn from.",
        };

        steps.Add(t.Status == TargetStatus.OffTrack && t.RequiredDailyRate is double rate && !facts.AtMost && t.Kind != GoalKind.Rate
            ? $"Agree on a daily number for the coming week ({context.Format.Rate(rate, t.Unit)} a day) and review it together at the end of the week."
            : "Agree on one concrete change for this week and look at the result together.");
        if (t.Reason == StatusReason.MissedWeeks)
        {
            steps.Add("Two missed weeks in a row is a pattern. If the goal no longer fits, amend the plan with a reason rather than let it drift.");
        }

        if (t.IsStale)
        {
            steps.Add("Part of this data is stale; confirm the figures with the rep before acting on them.");
        }

        return steps;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
