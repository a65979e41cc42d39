using PipWatch.Core.Metrics;
using ScottPlot;

namespace PipWatch.Notifications.Charts;

/// <summary>
/// Draws a weekly target: a bar per week, blue when the week reached its goal and orange when it fell short, each
/// with its own goal as a dark tick across the bar. The week still running is drawn lighter.
/// </summary>
internal static class WeeklyChart
{
    private const double BarWidth = 0.6;
    private const double GoalWidth = 0.8;
    private const int MaxLabels = 8;

    public static Plot Build(WeeklyChartData data, ChartValueFormat values, ChartDateFormat dates)
    {
        var plot = ChartStyle.NewPlot();
        var weeks = data.Weeks;
        var bars = weeks.Select((week, index) => new Bar
        {
            Position = index,
            Value = ChartValues.Drawable(week.Value),
            ValueBase = 0,
            Size = BarWidth,
            FillColor = ColorOf(week),
            LineWidth = 0,
        }).ToList();
        if (bars.Count > 0)
        {
            plot.Add.Bars(bars);
        }

        for (var index = 0; index < weeks.Count; index++)
        {
            var goal = ChartValues.Drawable(weeks[index].Goal);
            var line = plot.Add.Line(index - (GoalWidth / 2), goal, index + (GoalWidth / 2), goal);
            line.LineColor = ChartPalette.Goal;
            line.LineWidth = 2;
        }

        AddLegend(plot, weeks);
        SetAxes(plot, data, values, dates);
        return plot;
    }

    private static bool Met(WeekBar week) => week.Value >= week.Goal;

    // A running week has not missed anything yet, so it is never drawn in the colour of a miss.
    private static Color ColorOf(WeekBar week) => !week.Complete
        ? ChartPalette.ActualLight
        : Met(week) ? ChartPalette.Actual : ChartPalette.Missed;

    private static void AddLegend(Plot plot, IReadOnlyList<WeekBar> weeks)
    {
        plot.Legend.ManualItems.Clear();
        if (weeks.Any(week => week.Complete && Met(week)))
        {
            plot.Legend.ManualItems.Add(Box("Goal met", ChartPalette.Actual));
        }

        if (weeks.Any(week => week.Complete && !Met(week)))
        {
            plot.Legend.ManualItems.Add(Box("Missed", ChartPalette.Missed));
        }

        if (weeks.Any(week => !week.Complete))
        {
            plot.Legend.ManualItems.Add(Box("This week so far", ChartPalette.ActualLight));
        }

        if (weeks.Count > 0)
        {
            var goal = ChartStyle.LegendEntry("Week's goal");
            goal.LineColor = ChartPalette.Goal;
            goal.LineWidth = 2;
            plot.Legend.ManualItems.Add(goal);
            plot.ShowLegend(Alignment.UpperLeft, Orientation.Horizontal);
        }
    }

    private static LegendItem Box(string text, Color color)
    {
        var item = ChartStyle.LegendEntry(text);
        item.FillColor = color;
        item.LineWidth = 0;
        return item;
    }

    private static void SetAxes(Plot plot, WeeklyChartData data, ChartValueFormat values, ChartDateFormat dates)
    {
        var weeks = data.Weeks;
        var every = Math.Max(1, (int)Math.Ceiling(weeks.Count / (double)MaxLabels));
        ChartStyle.SetTicks(
            plot.Axes.Bottom,
            weeks.Select((week, index) => (Position: (double)index, Label: dates.Axis(week.WeekStart)))
                .Where(tick => ((weeks.Count - 1 - (int)tick.Position) % every) == 0));

        var drawn = weeks.SelectMany(week => new[] { week.Value, week.Goal }).Select(ChartValues.Drawable).Append(0).ToList();

        // Headroom above the tallest bar or goal for the legend row.
        var scale = NiceScale.Covering(drawn.Min(), drawn.Max() * 1.25, data.Unit == MetricUnit.Count);
        ChartStyle.SetValueAxis(plot, [.. scale.Ticks().Select(tick => (tick, values.Axis(tick, data.Unit)))]);
        plot.Axes.SetLimits(-0.6, Math.Max(1, weeks.Count) - 0.4, scale.Min, scale.Max);
    }
}
