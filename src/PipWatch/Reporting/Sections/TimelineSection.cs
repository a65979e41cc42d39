using System.Globalization;
using PipWatch.Core.Evaluation;
using PipWatch.Notifications.Charts;
using PipWatch.Storage.Evaluations;

namespace PipWatch.Reporting.Sections;

/// <summary>
/// Each target's stored evaluations, day by day, as a chart (a PNG inlined as a data: URI, with alt text) and as a
/// table, then the milestones reached.
/// </summary>
public static class TimelineSection
{
    public static void Write(HtmlWriter html, PipReportData data)
    {
        ReportBlocks.StartSection(html, "timeline", SummarySection.Title("timeline"));
        if (data.Evaluations.Count == 0)
        {
            ReportBlocks.Note(html, "No evaluations stored yet: PipWatch has not evaluated this plan, so there is no timeline to show.");
            html.Close("section");
            return;
        }

        html.Element("p", "One row per target per day on which PipWatch evaluated the plan. Figures use completed working days; the actual is live at the time of the evaluation.", ("class", "muted"));
        var charts = new ReportCharts(new ChartRenderer(CultureInfo.GetCultureInfo("en-US"), data.CurrencyCode), data.Settings.Calendar);
        var planEnd = data.Plan is { } plan ? PlanTerms.FinalEnd(plan) : (DateOnly?)null;
        var byTarget = data.Evaluations.GroupBy(r => r.TargetId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Day).ToList(), StringComparer.Ordinal);
        var index = 0;
        foreach (var target in Targets(data, byTarget.Keys))
        {
            if (!byTarget.TryGetValue(target.Id, out var rows))
            {
                continue;
            }

            index++;
            html.Open("article", ("class", "target"), ("id", $"target-{target.Id}"));
            html.Element("h3", $"{target.Label} ({target.Id})");
            var weeks = data.Weeks.TryGetValue(target.Id, out var recounted) ? recounted : [];
            if (charts.Draw(target, rows, weeks, planEnd, index) is var (image, caption))
            {
                WriteChart(html, image, caption);
            }

            if (weeks.Count > 0)
            {
                WriteWeeks(html, data, target, weeks);
            }

            WriteRows(html, data, target, rows);
            html.Close("article");
        }

        WriteMilestones(html, data);
        html.Close("section");
    }

    /// <summary>The plan's targets in file order (added ones after), then any stored target the file no longer names.</summary>
    private static List<TimelineTarget> Targets(PipReportData data, IEnumerable<string> stored)
    {
        var targets = data.Plan is { } plan
            ? PlanTerms.AllTargets(plan).Select(t => new TimelineTarget(t.Id, data.MetricLabel(t.Metric), data.MetricUnit(t.Metric), t)).ToList()
            : [];
        targets.AddRange(stored
            .Where(id => !targets.Exists(t => t.Id == id))
            .Order(StringComparer.Ordinal)
            .Select(id => new TimelineTarget(id, id, Core.Metrics.MetricUnit.Count, null)));
        return targets;
    }

    private static void WriteChart(HtmlWriter html, ChartImage image, string caption)
    {
        html.Open("figure")
            .Void(
                "img",
                ("src", "data:image/png;base64," + Convert.ToBase64String(image.Png)),
                ("alt", image.AltText),
                ("width", image.Width.ToString(CultureInfo.InvariantCulture)),
                ("height", image.Height.ToString(CultureInfo.InvariantCulture)))
            .Element("figcaption", caption)
            .Close("figure");
    }

    private static void WriteRows(HtmlWriter html, PipReportData data, TimelineTarget target, List<EvaluationRecord> rows)
    {
        var unit = target.Unit;
        var currency = data.CurrencyCode;
        ReportBlocks.StartTable(html, "Day", "Status", "Why", "Actual", "Goal", "Expected", "Pace", "Projection", "Needed per day", "Evaluated at");
        foreach (var row in rows)
        {
            ReportBlocks.Row(
                html,
                (ReportFormat.Day(row.Day), null),
                (ReportFormat.Key(row.Status), "status-" + row.Status),
                (ReportFormat.Key(row.Reason), null),
                (ReportFormat.Figure(row.Actual, unit, currency), "num"),
                (ReportFormat.Figure(row.Goal, unit, currency), "num"),
                (ReportFormat.Figure(row.Expected, unit, currency), "num"),
                (ReportFormat.Ratio(row.Pace), "num"),
                (ReportFormat.Figure(row.Projection, unit, currency), "num"),
                (ReportFormat.Figure(row.RequiredRate, unit, currency), "num"),
                (ReportFormat.Instant(row.EvaluatedAt), null));
        }

        ReportBlocks.EndTable(html);
    }

    private static void WriteWeeks(HtmlWriter html, PipReportData data, TimelineTarget target, IReadOnlyList<WeekResult> weeks)
    {
        ReportBlocks.StartTable(html, "Week", "Working days", "Goal", "Done", "Result");
        foreach (var week in weeks)
        {
            var result = week.Outcome switch
            {
                WeekOutcome.Hit => "goal met",
                WeekOutcome.Missed => "missed",
                _ => "still running",
            };
            ReportBlocks.Row(
                html,
                ($"{ReportFormat.Day(week.First)} to {ReportFormat.Day(week.Last)}", null),
                (week.WorkingDays.ToString(CultureInfo.InvariantCulture), "num"),
                (ReportFormat.Figure(week.Goal, target.Unit, data.CurrencyCode), "num"),
                (ReportFormat.Figure(week.Value, target.Unit, data.CurrencyCode), "num"),
                (result, week.Outcome switch { WeekOutcome.Hit => "status-met", WeekOutcome.Missed => "status-off_track", _ => null }));
        }

        ReportBlocks.EndTable(html);
    }

    private static void WriteMilestones(HtmlWriter html, PipReportData data)
    {
        html.Element("h3", "Milestones reached");
        if (data.Milestones.Count == 0)
        {
            ReportBlocks.Note(html, "No milestone has been reached.");
            return;
        }

        ReportBlocks.StartTable(html, "Reached at", "Milestone");
        foreach (var milestone in data.Milestones)
        {
            ReportBlocks.Row(html, (ReportFormat.Instant(milestone.FiredAt), null), (milestone.Key, "code"));
        }

        ReportBlocks.EndTable(html);
    }
}
