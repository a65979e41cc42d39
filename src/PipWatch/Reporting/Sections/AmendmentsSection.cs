using PipWatch.Core.Plans;

namespace PipWatch.Reporting.Sections;

/// <summary>Every amendment in date order: when it applies, the reason as written, and what it changed.</summary>
public static class AmendmentsSection
{
    public static void Write(HtmlWriter html, PipReportData data)
    {
        ReportBlocks.StartSection(html, "amendments", SummarySection.Title("amendments"));
        if (data.Plan is not { } plan)
        {
            ReportBlocks.Note(html, "The amendments are recorded in the plan file, which is not available.");
        }
        else if (plan.Amendments.Count == 0)
        {
            ReportBlocks.Note(html, "The plan has not been amended.");
        }
        else
        {
            WriteAmendments(html, data, plan);
        }

        html.Close("section");
    }

    private static void WriteAmendments(HtmlWriter html, PipReportData data, Pip plan)
    {
        var versions = PlanTerms.Versions(plan);
        var ordered = plan.Amendments.OrderBy(a => a.EffectiveDate).ToList();
        for (var index = 0; index < ordered.Count; index++)
        {
            var amendment = ordered[index];
            var before = versions?[index];
            html.Open("article", ("class", "amendment"), ("id", $"amendment-{index + 1}"));
            html.Element("h3", $"Amendment {index + 1}: effective {ReportFormat.Day(amendment.EffectiveDate)}");
            ReportBlocks.Facts(html, ("Effective", ReportFormat.Day(amendment.EffectiveDate)), ("Reason", amendment.Reason));
            html.Open("ul", ("class", "changes"));
            foreach (var change in Changes(data, amendment, before))
            {
                html.Element("li", change);
            }

            html.Close("ul").Close("article");
        }

        if (versions is { Count: > 0 } all)
        {
            var now = all[^1];
            html.Element("h3", "The plan after every amendment");
            ReportBlocks.Facts(html, ("Start", ReportFormat.Day(now.Start)), ("End", ReportFormat.Day(now.End)));
            ReportBlocks.StartTable(html, "Target", "Metric", "Goal now", "Counts from", "Must-have");
            foreach (var target in now.Targets)
            {
                ReportBlocks.Row(
                    html,
                    (target.Id, "code"),
                    (data.MetricLabel(target.Target.Metric), null),
                    (ReportFormat.Goal(target.Target, data.MetricUnit(target.Target.Metric), data.CurrencyCode), null),
                    (ReportFormat.Day(target.Start), null),
                    (target.Target.MustHave ? "yes" : "no", null));
            }

            ReportBlocks.EndTable(html);
        }
    }

    /// <summary>Each change in words, with the value it replaced where the plan before the amendment is known.</summary>
    private static IEnumerable<string> Changes(PipReportData data, Amendment amendment, EffectivePlan? before)
    {
        if (amendment.NewEndDate is { } end)
        {
            yield return before is null
                ? $"End date moved to {ReportFormat.Day(end)}."
                : $"End date moved from {ReportFormat.Day(before.End)} to {ReportFormat.Day(end)}.";
        }

        foreach (var change in amendment.GoalChanges)
        {
            var old = before?.FindTarget(change.TargetId)?.Target;
            var unit = old is null ? Core.Metrics.MetricUnit.Count : data.MetricUnit(old.Metric);
            yield return old is null
                ? $"Goal of {change.TargetId} set to {ReportFormat.Figure(change.NewGoal, unit, data.CurrencyCode)}."
                : $"Goal of {change.TargetId} changed from {ReportFormat.Goal(old, unit, data.CurrencyCode)} to {ReportFormat.Goal(old with { Goal = change.NewGoal }, unit, data.CurrencyCode)}.";
        }

        foreach (var added in amendment.AddedTargets)
        {
            yield return $"Target added: {added.Id} ({data.MetricLabel(added.Metric)}, {ReportFormat.Goal(added, data.MetricUnit(added.Metric), data.CurrencyCode)}{(added.MustHave ? "" : ", not must-have")}).";
        }

        foreach (var dropped in amendment.DroppedTargetIds)
        {
            yield return $"Target dropped: {dropped}.";
        }
    }
}
