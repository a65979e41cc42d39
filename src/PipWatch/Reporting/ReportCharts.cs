using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Notifications.Charts;
using PipWatch.Storage.Evaluations;

namespace PipWatch.Reporting;

/// <summary>
/// Draws each target's evaluation history with the emails' own chart code: totals and rates as the evaluated value
/// per day against the expected line (or the goal), so the chart shows what PipWatch saw on each day; weekly targets
/// as one bar per week against its goal, from the weeks recounted out of the stored values when there are some.
/// </summary>
public sealed class ReportCharts(ChartRenderer renderer, CalendarSettings calendar)
{
    /// <summary>The chart and a caption that says how to read it; null when there is nothing to draw.</summary>
    /// <param name="weeks">A weekly target's weeks recounted from the stored values; empty to draw them from the history.</param>
    public (ChartImage Image, string Caption)? Draw(
        TimelineTarget target, IReadOnlyList<EvaluationRecord> rows, IReadOnlyList<WeekResult> weeks, DateOnly? planEnd, int index)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var contentId = $"target{index}.report@pipwatch";
        if (target.Kind == GoalKind.Weekly)
        {
            return weeks.Count > 0
                ? (renderer.Weekly(new WeeklyChartData(target.Label, target.Unit, [.. weeks.Select(w => new WeekBar(w.WeekStart, w.Value, w.Goal, w.IsComplete))]), contentId),
                    "One bar per week: the week's figure from the stored daily values against that week's goal (prorated for short weeks). A week still running at the last evaluation is drawn lighter.")
                : (renderer.Weekly(new WeeklyChartData(target.Label, target.Unit, WeeksFromHistory(target, rows, planEnd)), contentId),
                    "One bar per week: the week's figure at the last evaluation stored in that week, against that week's goal (prorated for short weeks). Lighter bars are weeks whose final figure the stored evaluations do not hold, because their last evaluation came before the week ended.");
        }

        var first = rows[0].Day;
        var lastDay = rows[^1].Day;
        var chartEnd = planEnd is { } planLast && planLast > lastDay ? planLast : lastDay;
        var goal = rows[^1].Goal;
        var actual = rows.Select(r => new ChartPoint(r.Day, r.Actual)).ToList();
        if (target.Kind == GoalKind.Rate)
        {
            var data = new CumulativeChartData(target.Label, target.Unit, goal, first, chartEnd, actual, [new(first, goal), new(chartEnd, goal)], []);
            return (renderer.Cumulative(data, contentId), "The value over the plan at each evaluation, against the goal.");
        }

        List<ChartPoint> expected = [.. rows.Where(r => r.Expected is not null).Select(r => new ChartPoint(r.Day, r.Expected!.Value))];
        if (planEnd is { } planEndDay && planEndDay > lastDay)
        {
            expected.Add(new ChartPoint(planEndDay, goal));
        }

        List<ChartPoint> projection = rows[^1] is { Projection: double projected } last && planEnd is { } projectTo && last.Day < projectTo
            ? [new(last.Day, last.Actual), new(projectTo, projected)]
            : [];
        var cumulative = new CumulativeChartData(target.Label, target.Unit, goal, first, chartEnd, actual, expected, projection);
        return (renderer.Cumulative(cumulative, contentId),
            "The running total at each evaluation, the total expected by then, and (dashed) where the last evaluation's pace leads by the end date.");
    }

    /// <summary>
    /// A week's last stored row holds its final figure only when it was taken after the plan ended (which shows the
    /// plan's last week) or when the goal was already reached (a reached at-least goal stays reached).
    /// </summary>
    private List<WeekBar> WeeksFromHistory(TimelineTarget target, IReadOnlyList<EvaluationRecord> rows, DateOnly? planEnd)
    {
        var atMost = target.Definition?.Direction == Direction.AtMost;
        return [.. rows
            .GroupBy(r => calendar.WeekStartOf(r.Day))
            .Select(week => (Start: week.Key, Last: week.MaxBy(r => r.Day)!))
            .Select(week => new WeekBar(
                week.Start,
                week.Last.Actual,
                week.Last.Goal,
                (planEnd is { } end && week.Last.Day > end) || (!atMost && week.Last.Actual >= week.Last.Goal)))];
    }
}
