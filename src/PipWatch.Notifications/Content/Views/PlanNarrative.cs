using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Content.Views;

/// <summary>Sentences about a plan's events: milestones, amendments and status changes.</summary>
internal sealed class PlanNarrative(ContentFormat format)
{
    public string Milestone(Milestone milestone, PlanSnapshot plan)
    {
        var target = milestone.TargetId is null ? null : plan.Evaluation.FindTarget(milestone.TargetId);
        var label = target?.Label ?? milestone.TargetId ?? "";
        var unit = target?.Unit ?? Core.Metrics.MetricUnit.Count;
        return milestone.Kind switch
        {
            MilestoneKind.TotalFraction when milestone.Fraction >= 1 =>
                $"{label}: goal reached ({format.Value(milestone.Value, unit)} of {format.Value(milestone.Goal, unit)}).",
            MilestoneKind.TotalFraction =>
                $"{label}: passed {format.Percent(milestone.Fraction)} of the goal ({format.Value(milestone.Value, unit)} of {format.Value(milestone.Goal, unit)}).",
            MilestoneKind.WeeklyHit =>
                $"{label}: weekly goal hit for the week of {WeekOf(milestone.Date)} ({format.Value(milestone.Value, unit)} of {format.Value(milestone.Goal, unit)}).",
            MilestoneKind.Streak =>
                $"{label}: {format.Whole(milestone.Weeks ?? 0)} weekly goals hit in a row.",
            MilestoneKind.Comeback =>
                $"{label}: back on track since {WeekOf(milestone.Date)} and holding.",
            MilestoneKind.Passed => "Every must-have goal of the plan was met.",
            _ => label,
        };
    }

    /// <summary>What an amendment changed, naming targets by their labels where the plan still has them.</summary>
    public string AmendmentChange(Amendment amendment, PlanEvaluation evaluation)
    {
        var parts = new List<string>();
        if (amendment.NewEndDate is DateOnly end)
        {
            parts.Add($"end date moved to {format.Date(end)}");
        }

        foreach (var change in amendment.GoalChanges)
        {
            var target = evaluation.FindTarget(change.TargetId);
            var value = format.Value(change.NewGoal, target?.Unit ?? Core.Metrics.MetricUnit.Count);
            var per = target?.Kind == GoalKind.Weekly ? " a week" : "";
            parts.Add($"{target?.Label ?? change.TargetId} goal set to {value}{per}");
        }

        foreach (var added in amendment.AddedTargets)
        {
            var target = evaluation.FindTarget(added.Id);
            parts.Add($"new goal added: {target?.Label ?? added.Metric}");
        }

        foreach (var dropped in amendment.DroppedTargetIds)
        {
            parts.Add($"goal dropped: {dropped}");
        }

        if (parts.Count == 0)
        {
            parts.Add("no change to dates or goals");
        }

        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    public AmendmentNote AmendmentNote(Amendment amendment, PlanEvaluation evaluation) => new(
        format.Date(amendment.EffectiveDate),
        AmendmentChange(amendment, evaluation),
        string.IsNullOrWhiteSpace(amendment.Reason) ? "No reason was recorded." : amendment.Reason.Trim());

    /// <summary>Status changes since the previous digest: the plan's and each target's.</summary>
    public IEnumerable<string> StatusChanges(PlanSnapshot plan, IReadOnlyList<TargetFacts> facts)
    {
        if (plan.Previous is { } previous && previous.Status != plan.Evaluation.Status && plan.Evaluation.Phase == PlanPhase.Running)
        {
            yield return $"Overall status moved from {StatusText.Phrase(previous.Status)} to {StatusText.Phrase(plan.Evaluation.Status)}.";
        }

        if (plan.Previous is { Phase: not PlanPhase.Ended } && plan.Evaluation.Phase == PlanPhase.Ended)
        {
            yield return $"The plan ended on {format.Date(plan.Evaluation.End)}.";
        }

        foreach (var fact in facts)
        {
            if (fact.PreviousStatus is TargetStatus was && was != fact.Target.Status)
            {
                yield return $"{fact.Target.Label}: now {StatusText.Phrase(fact.Target.Status)} (was {StatusText.Phrase(was)}).";
            }
        }
    }

    private string WeekOf(DateOnly? day) => day is DateOnly d ? format.ShortDate(d) : ContentFormat.Missing;
}
