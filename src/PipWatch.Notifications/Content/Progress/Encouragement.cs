using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Progress;

/// <summary>
/// A candid word to the rep about one goal: praise that names the figure, and for a goal behind, the gap and the
/// daily rate that closes it, said plainly. Never "you're doing great" over a shortfall.
/// </summary>
internal sealed class Encouragement(ContentFormat format)
{
    private readonly Recovery _recovery = new(format);

    public string For(TargetFacts facts, PlanSnapshot plan, string manager)
    {
        var t = facts.Target;
        var evaluation = plan.Evaluation;
        if (evaluation.Phase == PlanPhase.Ended)
        {
            return Ended(facts);
        }

        return t.Status switch
        {
            TargetStatus.Met => $"Goal reached: {V(t.Actual, t)} against {V(t.Goal, t)}. Well done. What you add from here still counts.",
            TargetStatus.NotStarted when t.Reason == StatusReason.MinSample =>
                $"There are not enough records yet to judge this goal ({format.Whole((int)Math.Min(t.Sample ?? 0, int.MaxValue))} so far). It will be measured once there are more.",
            TargetStatus.NotStarted when t.RequiredDailyRate is double rate && !facts.AtMost =>
                $"It is early, so this goal is not judged yet. About {format.Rate(rate, t.Unit)} a day keeps you on pace from the start.",
            TargetStatus.NotStarted => "It is early, so this goal is not judged yet.",
            TargetStatus.OnTrack => OnTrack(facts, evaluation.End),
            _ => Behind(facts, evaluation.End, manager),
        };
    }

    private string OnTrack(TargetFacts facts, DateOnly end)
    {
        var t = facts.Target;
        if (t.Kind == GoalKind.Rate)
        {
            var side = facts.AtMost ? "at or below" : "at or above";
            return $"Your figure is {V(t.Actual, t)} against a goal of {V(t.Goal, t)}. Keep it {side} the goal.";
        }

        if (facts.AtMost)
        {
            return $"You are inside the limit: {V(t.Actual, t)} so far against at most {V(t.Goal, t)}.";
        }

        if (t.Kind == GoalKind.Weekly)
        {
            return t.RequiredDailyRate is > 0 and double rate
                ? $"On pace this week: {V(t.Actual, t)} of {V(t.Goal, t)} so far. About {format.Rate(rate, t.Unit)} a day for the rest of the week gets you there."
                : $"This week's goal is already reached with {V(t.Actual, t)}. Nice work.";
        }

        var start = $"You are on pace: {V(t.ActualCompleted, t)} done against {V(t.Expected, t)} expected by now.";
        return t.RequiredDailyRate is double needed
            ? $"{start} Keep to about {format.Rate(needed, t.Unit)} a day and you will reach {V(t.Goal, t)} by {format.Date(end)}."
            : start;
    }

    private string Behind(TargetFacts facts, DateOnly end, string manager)
    {
        var t = facts.Target;
        var sentences = new List<string>();
        if (t.Kind == GoalKind.Rate)
        {
            sentences.Add($"Your figure is {V(t.Actual, t)} against a goal of {V(t.Goal, t)}, so this goal is behind.");
        }
        else if (t.Reason is StatusReason.MissedWeek or StatusReason.MissedWeeks && facts.LastCompletedWeek is { } week)
        {
            sentences.Add(t.Reason == StatusReason.MissedWeeks
                ? $"The last two weeks fell short of the goal; last week ended at {format.Value(week.Value, t.Unit)} of {format.Value(week.Goal, t.Unit)}."
                : $"Last week ended at {format.Value(week.Value, t.Unit)} of {format.Value(week.Goal, t.Unit)}, short of the goal.");
        }
        else if (t.Reason == StatusReason.LimitExceeded)
        {
            sentences.Add($"You are already over the limit: {V(t.Actual, t)} against at most {V(t.Goal, t)}.");
        }
        else if (facts.AtMost)
        {
            sentences.Add($"You are running above what this limit allows: {V(t.ActualCompleted, t)} against {V(t.Expected, t)} by now.");
        }
        else
        {
            var scope = t.Kind == GoalKind.Weekly ? "This week is behind" : "You are behind where this goal needs to be";
            sentences.Add($"{scope}: {V(t.ActualCompleted, t)} done against {V(t.Expected, t)} expected by now.");
        }

        if (!facts.AtMost && t.Kind != GoalKind.Rate && t.RequiredDailyRate is double required)
        {
            var aim = _recovery.Aim(t, end);
            var comparison = _recovery.Comparison(facts);
            sentences.Add(Recovery.Stalled(facts)
                ? $"Getting there takes about {format.Rate(required, t.Unit)} a day {aim}, and nothing has been logged recently, so the first step is to get going again today."
                : comparison is null
                    ? $"It takes about {format.Rate(required, t.Unit)} a day from today {aim}."
                    : $"It takes about {format.Rate(required, t.Unit)} a day from today {aim}: {comparison} your recent {format.Rate(facts.RecentRate, t.Unit)} a day.");
        }

        var bigStep = Recovery.Stalled(facts) || (t.RequiredDailyRate is double need && facts.RecentRate is double recent && recent > 0 && need / recent >= 1.5);
        sentences.Add(t.Status == TargetStatus.OffTrack
            ? bigStep
                ? $"That is a big step up, and better said now than at the end. Talk to {manager} this week about what would help most."
                : $"It can still be turned around, but it needs to start this week. Talk to {manager} about anything in the way."
            : "It is still within reach if you start today: put the time for it in your calendar first.");
        return string.Join(" ", sentences);
    }

    private string Ended(TargetFacts facts)
    {
        var t = facts.Target;
        if (t.Kind == GoalKind.Weekly)
        {
            var judged = facts.WeeksJudged;
            return t.Status == TargetStatus.Met
                ? $"Every week's goal was reached ({format.Whole(facts.WeeksHit)} of {format.Whole(judged)} weeks). Well done."
                : $"This goal finished with {format.Whole(facts.WeeksHit)} of {format.Whole(judged)} weeks reaching the goal.";
        }

        return t.Status == TargetStatus.Met
            ? $"You reached this goal: {V(t.Actual, t)} against {V(t.Goal, t)}. Well done."
            : $"This goal finished at {V(t.Actual, t)} against {V(t.Goal, t)}.";
    }

    private string V(double? value, TargetEvaluation t) => format.Value(value, t.Unit);
}
