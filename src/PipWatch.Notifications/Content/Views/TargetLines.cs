using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Views;

/// <summary>Turns target evaluations into <see cref="TargetLine"/>s in the recipient's formats.</summary>
internal sealed class TargetLines(ContentFormat format)
{
    public TargetLine Build(TargetFacts facts, PlanSnapshot plan, bool withTrend, TrustedHtml? chart)
    {
        var t = facts.Target;
        var progress = facts.Progress;
        var percent = progress is double p ? (int)Math.Clamp(Math.Round(p * 100), 0, 100) : 0;
        return new TargetLine(
            t.Label,
            t.MustHave,
            Goal(t, plan.Evaluation.End),
            t.Status.ToKey(),
            StatusText.Label(t.Status, t.Reason),
            StatusText.Colour(t.Status),
            StatusText.Reason(t.Reason),
            Headline(t),
            progress is not null,
            percent,
            progress is double q ? $"{format.Percent(q)} of the goal done" : "No progress bar for a limit",
            Figures(facts, plan),
            withTrend ? Trend(facts) : null,
            t.IsStale ? Stale(t) : null,
            chart);
    }

    /// <summary>The goal as the plan writes it.</summary>
    public string Goal(TargetEvaluation t, DateOnly end)
    {
        var goal = format.Value(t.PlanGoal, t.Unit);
        var bound = t.Direction == Direction.AtMost ? "at most " : "";
        return t.Kind switch
        {
            GoalKind.Weekly => $"{bound}{goal} a week",
            GoalKind.Total when t.Direction == Direction.AtMost => $"at most {goal} by {format.Date(end)}",
            GoalKind.Total => $"{goal} by {format.Date(end)}",
            _ => t.Direction == Direction.AtMost ? $"at most {goal}" : $"at least {goal}",
        };
    }

    /// <summary>Where the target stands, in a few words.</summary>
    public string Headline(TargetEvaluation t)
    {
        var actual = format.Value(t.Actual, t.Unit);
        var goal = format.Value(t.Goal, t.Unit);
        return t.Kind switch
        {
            GoalKind.Weekly when t.Direction == Direction.AtMost => $"{actual} this week (limit {goal})",
            GoalKind.Weekly => $"{actual} of {goal} this week",
            GoalKind.Total when t.Direction == Direction.AtMost => $"{actual} so far (limit {goal})",
            GoalKind.Total => $"{actual} of {goal}",
            _ when t.Actual is null => "No value yet",
            _ => $"{actual} over the plan so far",
        };
    }

    private List<Figure> Figures(TargetFacts facts, PlanSnapshot plan)
    {
        var t = facts.Target;
        var figures = new List<Figure>();
        if (t.Kind == GoalKind.Rate)
        {
            if (t.Sample is long sample)
            {
                figures.Add(new Figure("Based on", sample == 1 ? "1 record" : $"{format.Whole((int)Math.Min(sample, int.MaxValue))} records"));
            }

            if (t.Projection is double rateProjection && plan.Evaluation.Phase == PlanPhase.Running)
            {
                figures.Add(new Figure("Projection", $"{format.Value(rateProjection, t.Unit)} at the end"));
            }

            return figures;
        }

        if (t.Expected is double expected && t.Pace is not null && plan.Evaluation.Phase == PlanPhase.Running && t.Status != TargetStatus.NotStarted)
        {
            figures.Add(new Figure("Expected by now", format.Value(expected, t.Unit)));
        }

        if (t.Pace is double pace && plan.Evaluation.Phase == PlanPhase.Running && t.Status != TargetStatus.NotStarted)
        {
            figures.Add(new Figure("Pace", $"{format.Percent(pace)} of the pace needed"));
        }

        if (t.Projection is double projection && plan.Evaluation.Phase == PlanPhase.Running)
        {
            var when = t.Kind == GoalKind.Weekly ? "this week" : $"by {format.ShortDate(plan.Evaluation.End)}";
            figures.Add(new Figure("Projection", $"{format.Value(projection, t.Unit)} {when}"));
        }

        if (t.RequiredDailyRate is double required && plan.Evaluation.Phase == PlanPhase.Running && t.Status != TargetStatus.Met)
        {
            figures.Add(facts.AtMost
                ? new Figure("Allowance left", $"{format.Rate(required, t.Unit)} a day")
                : new Figure("Needed from today", $"{format.Rate(required, t.Unit)} a day"));
        }

        if (facts.RecentRate is double recent && plan.Evaluation.Phase == PlanPhase.Running && t.Status != TargetStatus.NotStarted)
        {
            figures.Add(new Figure("Recent rate", $"{format.Rate(recent, t.Unit)} a day"));
        }

        if (t.Kind == GoalKind.Weekly && facts.WeeksJudged > 0)
        {
            figures.Add(new Figure("Weeks hit", $"{format.Whole(facts.WeeksHit)} of {format.Whole(facts.WeeksJudged)}"));
        }

        return figures;
    }

    /// <summary>What moved since the previous digest: the figure and the status.</summary>
    private string? Trend(TargetFacts facts)
    {
        var t = facts.Target;
        if (facts.Previous is null && facts.PreviousStatus is null)
        {
            return null;
        }

        var parts = new List<string>();
        if (facts.Previous is { } before)
        {
            if (t.Kind == GoalKind.Weekly && before.CurrentWeekIndex != t.CurrentWeekIndex)
            {
                parts.Add("a new week has started");
            }
            else if (t.Kind == GoalKind.Rate)
            {
                if (before.Actual is double was && t.Actual is double now && Math.Abs(now - was) > 1e-9)
                {
                    parts.Add($"{format.Value(was, t.Unit)} → {format.Value(now, t.Unit)}");
                }
            }
            else if (before.Actual is double was && t.Actual is double now)
            {
                var delta = now - was;
                parts.Add(Math.Abs(delta) < 1e-9 ? "nothing new logged" : $"{(delta > 0 ? "+" : "")}{format.Value(delta, t.Unit)}");
            }
        }

        if (facts.PreviousStatus is TargetStatus previous && previous != t.Status)
        {
            parts.Add($"was {StatusText.Phrase(previous)}");
        }
        else if (facts.PreviousStatus is not null)
        {
            parts.Add("status unchanged");
        }

        return parts.Count == 0 ? null : Capitalise(string.Join("; ", parts));
    }

    private string Stale(TargetEvaluation t) =>
        t.DataAsOf is DateTimeOffset at
            ? $"These figures are from {format.Instant(at)}; Salesforce has not been read successfully since."
            : "These figures may be out of date; Salesforce has not been read successfully.";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
