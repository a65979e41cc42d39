using PipWatch.Core.Evaluation;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Digest;

/// <summary>Builds the daily digest from every plan the recipient may see, and nothing else.</summary>
internal sealed class DigestBuilder(ContentContext context)
{
    // Most urgent first, so the subject leads with what needs attention.
    private static readonly string[] BucketOrder = ["off track", "at risk", "on track", "met", "too early to judge", "not started", "ended"];

    private readonly PlanHeader _header = new(context.Format);
    private readonly PlanNarrative _narrative = new(context.Format);

    public ContentDraft Build()
    {
        var plans = context.Request.Plans;
        var reps = plans.Select(Rep).ToList();
        var summary = Summary(plans);
        var intro = context.Request.AsWatcher
            ? plans.Count == 1
                ? $"You are receiving this because you watch {plans[0].Rep.Name}'s plan. Here is where it stands."
                : $"You are receiving this because you watch these {context.Format.Whole(plans.Count)} plans. Here is where they stand."
            : plans.Count == 1
                ? $"Here is where {plans[0].Rep.Name}'s plan stands today."
                : $"Here is where your {context.Format.Whole(plans.Count)} reps on a plan stand today.";

        var subject = plans.Count == 1
            ? $"PIP digest — {ContentContext.SubjectName(plans[0].Rep.Name)}: {PlanHeader.Bucket(plans[0].Evaluation)}"
            : $"PIP digest — {context.Format.Whole(plans.Count)} reps: {summary}";
        var model = new DigestEmail(subject, $"{summary}. Figures as of {context.DataAsOf}.", context.RecipientName, intro, context.DataAsOf, summary, reps);
        return new ContentDraft(model, subject);
    }

    private string Summary(IReadOnlyList<PlanSnapshot> plans)
    {
        var counts = plans.GroupBy(p => PlanHeader.Bucket(p.Evaluation)).ToDictionary(g => g.Key, g => g.Count());
        var parts = BucketOrder.Where(counts.ContainsKey).Select(bucket => $"{context.Format.Whole(counts[bucket])} {bucket}");
        return string.Join(", ", parts);
    }

    private DigestRep Rep(PlanSnapshot plan)
    {
        var evaluation = plan.Evaluation;
        var facts = evaluation.Targets.Select(t => new TargetFacts(t, plan)).ToList();
        var lines = facts.Select(f => context.Lines.Build(f, plan, withTrend: true, context.Charts?.Spark(f.Target, plan))).ToList();
        var (key, text, colour) = PlanHeader.Status(evaluation);

        var changes = _narrative.StatusChanges(plan, facts).Concat(plan.NewMilestones.Select(m => _narrative.Milestone(m, plan))).ToList();
        var described = plan.NewAmendments.Select(a => _narrative.AmendmentNote(a, evaluation)).ToList();
        var older = evaluation.AmendmentsInForce.Where(a => !plan.NewAmendments.Contains(a)).ToList();
        var inForce = older.Count == 0
            ? null
            : string.Join(" · ", older.Select(a => $"{context.Format.ShortDate(a.EffectiveDate)}: {_narrative.AmendmentChange(a, evaluation).TrimEnd('.')}"));

        return new DigestRep(
            plan.Rep.Name,
            key,
            text,
            colour,
            _header.Period(evaluation),
            _header.Timing(evaluation),
            lines,
            changes,
            described,
            inForce,
            Actions(plan, facts),
            context.SalesforceUrl(plan.Rep));
    }

    private List<ActionItem> Actions(PlanSnapshot plan, IReadOnlyList<TargetFacts> facts)
    {
        var format = context.Format;
        var evaluation = plan.Evaluation;
        var name = plan.Rep.Name;
        var actions = new List<ActionItem>();
        if (!plan.Rep.IsActive)
        {
            actions.Add(new ActionItem(
                $"{name} is marked inactive in Salesforce. The plan is still evaluated, but no email goes to them. If they have left, close the plan.",
                Urgent: true));
        }

        if (evaluation.Phase == PlanPhase.Ended && string.IsNullOrWhiteSpace(plan.Plan?.Pip.Decision))
        {
            var outcome = evaluation.Outcome is { } o ? $" ({StatusText.Outcome(o.Kind).ToLowerInvariant()})" : "";
            actions.Add(new ActionItem($"Decision due: the plan ended on {format.Date(evaluation.End)}{outcome}. Record the outcome in the plan file.", Urgent: true));
        }

        if (evaluation.IsEndingSoon)
        {
            actions.Add(new ActionItem(
                $"The plan ends on {format.Date(evaluation.End)}: {format.Whole(evaluation.WorkingDaysRemaining)} working days left, today included. Prepare the decision.",
                Urgent: false));
        }

        var cadence = plan.Plan?.Pip.CheckInCadenceWorkingDays ?? 0;
        if (evaluation.Phase == PlanPhase.Running && evaluation.WorkingDaysCompleted == 1)
        {
            actions.Add(new ActionItem($"Hold the 24-hour check-in with {name} today if it has not happened yet.", Urgent: true));
        }
        else if (evaluation.Phase == PlanPhase.Running && cadence > 0 && evaluation.WorkingDaysCompleted > 0 && evaluation.WorkingDaysCompleted % cadence == 0)
        {
            actions.Add(new ActionItem($"Check-in due today (every {format.Whole(cadence)} working days).", Urgent: false));
        }

        foreach (var fact in facts.Where(f => f.Target.MustHave && f.Target.Status == TargetStatus.OffTrack && evaluation.Phase == PlanPhase.Running))
        {
            var needed = fact.Target.RequiredDailyRate is double rate ? $" It now needs {format.Rate(rate, fact.Target.Unit)} a day." : "";
            actions.Add(new ActionItem($"{fact.Target.Label} is off track.{needed} Ask {name} what is in the way and agree on one change for this week.", Urgent: false));
        }

        foreach (var stale in StaleMetrics(plan))
        {
            actions.Add(new ActionItem(stale, Urgent: false));
        }

        actions.AddRange(plan.PeopleNotes.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => new ActionItem(n.Trim(), Urgent: false)));
        return [.. actions.OrderByDescending(a => a.Urgent)];
    }

    private IEnumerable<string> StaleMetrics(PlanSnapshot plan)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in plan.StaleMetrics)
        {
            if (seen.Add(metric.Label))
            {
                yield return metric.DataAsOf is DateTimeOffset at
                    ? $"{metric.Label}: data is stale, last read from Salesforce at {context.Format.Instant(at)}. Its figures may be behind."
                    : $"{metric.Label}: data has not been read from Salesforce yet. Its figures may be behind.";
            }
        }

        foreach (var target in plan.Evaluation.Targets.Where(t => t.IsStale && seen.Add(t.Label)))
        {
            yield return target.DataAsOf is DateTimeOffset at
                ? $"{target.Label}: data is stale, last read from Salesforce at {context.Format.Instant(at)}. Its figures may be behind."
                : $"{target.Label}: data may be stale. Its figures may be behind.";
        }
    }
}
