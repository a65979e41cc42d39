using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Formatting;

namespace PipWatch.Notifications.Content.Warnings;

/// <summary>Builds the relapse warning from the watch after a passed plan.</summary>
internal sealed class RelapseWarningBuilder(ContentContext context)
{
    public ContentDraft Build()
    {
        var plan = context.Plan;
        var report = context.Request.Relapse!;
        var format = context.Format;
        var rep = plan.Rep.Name;
        var lines = new List<RelapseLine>();
        foreach (var target in report.Targets)
        {
            var evaluated = plan.Evaluation.FindTarget(target.TargetId);
            var label = evaluated?.Label ?? Label(plan, target.Metric);
            var unit = evaluated?.Unit ?? Unit(plan, target.Metric);
            var weeks = target.Weeks
                .Where(w => w.IsComplete && w.WorkingDays > 0 && w.Outcome is WeekOutcome.Hit or WeekOutcome.Missed or WeekOutcome.NotJudged)
                .Select(w => Week(w, unit, target.Direction))
                .ToList();
            var summary = target.Relapsed
                ? $"Below the plan's goal {format.Whole(target.MissedInARow)} weeks in a row."
                : target.MissedInARow > 0 ? "Last week fell short; one week alone is not a relapse." : "Holding at the plan's level.";
            lines.Add(new RelapseLine(label, target.Relapsed, summary, weeks));
        }

        var relapsed = lines.Where(l => l.Relapsed).Select(l => l.Label).ToList();
        var what = relapsed.Count == 0 ? "the plan's metrics" : string.Join(", ", relapsed);
        var headline = $"{rep} has slipped below the plan's goal on {what}";
        var subject = $"PIP relapse warning — {ContentContext.SubjectName(rep)}: {what}";
        var passed = plan.Evaluation.Outcome?.Kind == Core.Outcomes.OutcomeKind.Passed ? " and was passed" : "";
        var watch = $"{rep}'s plan ended on {format.Date(plan.Evaluation.End)}{passed}. PipWatch keeps comparing the same metrics with the plan's goals until {format.Date(report.Watch.Last)}.";
        var steps = new List<string>
        {
            $"Talk with {rep} soon, while the slip is small. Ask what changed since the plan ended.",
            "Check whether support that helped during the plan (coaching, lists, protected time) has quietly stopped.",
            "Agree on what a good week looks like now and look at the next two weeks together.",
            "If the slide continues, be clear early about what would lead to a new plan; it should never come as a surprise.",
        };

        var model = new RelapseWarningEmail(subject, $"{headline}.", context.RecipientName, rep, context.DataAsOf, headline, watch, lines, steps, context.SalesforceUrl(plan.Rep));
        return new ContentDraft(model, subject);
    }

    private WeekLine Week(WeekResult week, MetricUnit unit, Direction direction)
    {
        var format = context.Format;
        var (result, colour) = week.Outcome switch
        {
            WeekOutcome.Hit => ("Goal kept", StatusText.Colour(TargetStatus.OnTrack)),
            WeekOutcome.Missed => (direction == Direction.AtMost ? "Over the limit" : "Below the goal", StatusText.Colour(TargetStatus.OffTrack)),
            _ => ("Too little data", StatusText.Colour(TargetStatus.NotStarted)),
        };
        return new WeekLine(format.ShortDate(week.WeekStart), format.Value(week.Value, unit), format.Value(week.Goal, unit), week.IsHit, result, colour);
    }

    private static string Label(Requests.PlanSnapshot plan, string metric) =>
        plan.Plan is not null && plan.Plan.Metrics.TryGet(metric, out var definition) ? definition.Label : metric;

    private static MetricUnit Unit(Requests.PlanSnapshot plan, string metric) =>
        plan.Plan is not null && plan.Plan.Metrics.TryGet(metric, out var definition) ? definition.Unit : MetricUnit.Count;
}
