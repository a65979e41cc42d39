using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Progress;

/// <summary>Builds a rep's weekly progress from their own plan only.</summary>
internal sealed class RepWeeklyBuilder(ContentContext context)
{
    private readonly Encouragement _encouragement = new(context.Format);
    private readonly PlanNarrative _narrative = new(context.Format);

    public ContentDraft Build()
    {
        var plan = context.Plan;
        var evaluation = plan.Evaluation;
        var format = context.Format;
        var manager = ContentContext.ManagerOrFallback(plan);
        var facts = evaluation.Targets.Select(t => new TargetFacts(t, plan)).ToList();
        var goals = facts.Select(f => Goal(f, plan, manager)).ToList();

        var judged = facts.Where(f => f.Target.MustHave || facts.All(x => !x.Target.MustHave)).ToList();
        var fine = judged.Count(f => f.Target.Status is TargetStatus.OnTrack or TargetStatus.Met);
        var behind = judged.Where(f => f.Target.Status.IsBehind()).Select(f => f.Target.Label).ToList();
        var summary = evaluation.Phase switch
        {
            PlanPhase.Ended => $"Your plan ended on {format.Date(evaluation.End)}. Here is where each goal finished; {manager} will talk with you about what comes next.",
            _ when judged.All(f => f.Target.Status == TargetStatus.NotStarted) => "It is early in the plan, so the goals are not judged yet. Here is the pace each one needs.",
            _ when behind.Count == 0 => judged.Count == 1 ? "Your goal is on track. Keep doing what is working." : $"{Count(fine, judged.Count)} on track. Keep doing what is working.",
            _ when judged.Count == 1 => $"{behind[0]} needs more this week.",
            _ => $"{Count(fine, judged.Count)} on track; {string.Join(", ", behind)} {(behind.Count == 1 ? "needs" : "need")} more this week.",
        };

        var subjectState = evaluation.Phase == PlanPhase.Ended ? "the plan has ended"
            : judged.Count == 1 ? behind.Count == 0 ? "on track" : "needs attention"
            : $"{format.Whole(fine)} of {format.Whole(judged.Count)} goals on track";
        var subject = context.RepSubjectsMentionPip ? $"Your PIP progress: {subjectState}" : $"Your weekly progress: {subjectState}";

        var updates = plan.NewMilestones.Select(m => _narrative.Milestone(m, plan))
            .Concat(plan.NewAmendments.Select(a => $"Your plan was updated from {format.Date(a.EffectiveDate)}: {_narrative.AmendmentChange(a, evaluation)}"))
            .ToList();
        var closing = behind.Count == 0
            ? "If something gets in your way, tell " + manager + " early; that is what the check-ins are for."
            : $"If something is in the way (leads, tools, time), raise it with {manager} now rather than at the next check-in.";

        var model = new RepWeeklyEmail(
            subject,
            summary,
            context.RecipientName,
            plan.Rep.Name,
            context.DataAsOf,
            evaluation.Phase == PlanPhase.Ended ? "Here is your final update." : "Here is your week in numbers, and what each goal needs from here.",
            Position(plan),
            summary,
            goals,
            updates,
            closing);
        return new ContentDraft(model, subject);
    }

    private string Count(int fine, int of) => $"{context.Format.Whole(fine)} of {context.Format.Whole(of)} goals are";

    private RepGoal Goal(TargetFacts facts, PlanSnapshot plan, string manager)
    {
        var t = facts.Target;
        var format = context.Format;
        var running = plan.Evaluation.Phase == PlanPhase.Running;
        var line = context.Lines.Build(facts, plan, withTrend: false, chart: null);
        string? needed = running && !facts.AtMost && t.Kind != GoalKind.Rate && t.Status != TargetStatus.Met && t.RequiredDailyRate is > 0 and double rate
            ? $"{format.Rate(rate, t.Unit)} a day from today"
            : null;
        string? projection = running && t.Projection is double p && t.Status != TargetStatus.NotStarted
            ? t.Kind == GoalKind.Weekly ? $"{format.Value(p, t.Unit)} this week at your recent pace" : $"{format.Value(p, t.Unit)} by {format.Date(plan.Evaluation.End)} at your recent pace"
            : null;
        var toDate = t.Kind switch
        {
            GoalKind.Weekly => $"{line.Headline}; {format.Whole(facts.WeeksHit)} of {format.Whole(facts.WeeksJudged)} weeks hit so far",
            _ => line.Headline,
        };

        return new RepGoal(
            t.Label,
            t.MustHave,
            line.Goal,
            line.StatusText,
            line.StatusColour,
            LastWeek(facts, plan),
            toDate,
            line.HasProgress,
            line.ProgressPercent,
            line.ProgressAlt,
            projection,
            needed,
            _encouragement.For(facts, plan, manager),
            context.Charts?.Full(t, plan));
    }

    /// <summary>The previous calendar week against its share of the goal.</summary>
    private string? LastWeek(TargetFacts facts, PlanSnapshot plan)
    {
        var t = facts.Target;
        var format = context.Format;
        var today = plan.Evaluation.LocalDay;
        var settings = plan.Plan?.CalendarSettings;
        var thisWeek = settings?.WeekStartOf(today) ?? today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var first = thisWeek.AddDays(-7);
        var last = thisWeek.AddDays(-1);
        if (last < t.Start)
        {
            return null;
        }

        if (t.Kind == GoalKind.Weekly)
        {
            var week = t.Weeks.FirstOrDefault(w => w.WeekStart == first);
            if (week.WorkingDays == 0)
            {
                return null;
            }

            var verdict = week.IsHit ? "goal reached" : facts.AtMost ? "over the limit" : $"{format.Value(week.Goal - week.Value, t.Unit)} short";
            return $"{format.Value(week.Value, t.Unit)} of {format.Value(week.Goal, t.Unit)}: {verdict}";
        }

        if (t.Kind != GoalKind.Total || plan.HistoryOf(t.TargetId) is not { } history || plan.Plan is null)
        {
            return null;
        }

        var calendar = plan.Plan.CalendarOn(today);
        var from = first < t.Start ? t.Start : first;
        var days = calendar.CountWorkingDays(from, last);
        var total = calendar.CountWorkingDays(t.Start, plan.Evaluation.End);
        if (days == 0 || total == 0)
        {
            return null;
        }

        var done = ValueOn(history, last) - ValueOn(history, from.AddDays(-1));
        var share = t.Goal * days / total;
        var verdict2 = facts.AtMost
            ? done <= share ? "inside the limit" : "above the limit's pace"
            : done >= share ? "ahead of the pace needed" : $"{format.Value(share - done, t.Unit)} short of the pace needed";
        return $"{format.Value(done, t.Unit)} against {format.Value(share, t.Unit)} for the week: {verdict2}";
    }

    private static double ValueOn(TargetHistory history, DateOnly day)
    {
        double value = 0;
        foreach (var point in history.Cumulative)
        {
            if (point.Day <= day)
            {
                value = point.Value;
            }
        }

        return value;
    }

    private string Position(PlanSnapshot plan)
    {
        var evaluation = plan.Evaluation;
        var format = context.Format;
        if (evaluation.Phase != PlanPhase.Running)
        {
            return $"{format.ShortDate(evaluation.Start)} – {format.Date(evaluation.End)}";
        }

        var settings = plan.Plan?.CalendarSettings;
        DateOnly WeekOf(DateOnly day) => settings?.WeekStartOf(day) ?? day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var week = ((WeekOf(evaluation.LocalDay).DayNumber - WeekOf(evaluation.Start).DayNumber) / 7) + 1;
        var weeks = ((WeekOf(evaluation.End).DayNumber - WeekOf(evaluation.Start).DayNumber) / 7) + 1;
        return $"Week {format.Whole(week)} of {format.Whole(weeks)} · {format.Whole(evaluation.WorkingDaysRemaining)} working days left, ending {format.Date(evaluation.End)}";
    }
}
