using PipWatch.Core.Metrics;
using ScottPlot;

namespace PipWatch.Notifications.Charts;

/// <summary>Draws a total target: actual, expected and goal lines, and the projection dashed to the end date.</summary>
internal static class CumulativeChart
{
    private static readonly int[] DaySteps = [1, 2, 7, 14, 28, 56, 91, 182, 364];

    public static Plot Build(CumulativeChartData data, ChartValueFormat values, ChartDateFormat dates)
    {
        var plot = ChartStyle.NewPlot();
        var origin = data.Start.DayNumber;
        double X(DateOnly day) => day.DayNumber - origin;

        var expected = Line(plot, data.Expected, X, ChartPalette.Expected, 1.5f, LinePattern.Solid);
        var projection = data.Projection.Count > 0 && data.Actual.Count > 0
            ? Line(plot, [data.Actual[^1], .. data.Projection.Where(point => point.Day >= data.Actual[^1].Day)], X, ChartPalette.Actual, 2f, LinePattern.Dashed)
            : Line(plot, data.Projection, X, ChartPalette.Actual, 2f, LinePattern.Dashed);
        var actual = Line(plot, data.Actual, X, ChartPalette.Actual, 2.5f, LinePattern.Solid);
        if (data.Actual.Count > 0)
        {
            var last = data.Actual[^1];
            var marker = plot.Add.Marker(X(last.Day), ChartValues.Drawable(last.Value));
            marker.Color = ChartPalette.Actual;
            marker.Size = 7;
            marker.Shape = MarkerShape.FilledCircle;
        }

        if (data.Goal != 0)
        {
            plot.Add.HorizontalLine(ChartValues.Drawable(data.Goal), 1f, ChartPalette.Goal, LinePattern.DenselyDashed);
        }

        // Legend entries only for what is drawn, in reading order.
        plot.Legend.ManualItems.Clear();
        foreach (var (shown, text, color, pattern, width) in new[]
        {
            (actual, "Actual", ChartPalette.Actual, LinePattern.Solid, 2.5f),
            (projection, "Projected", ChartPalette.Actual, LinePattern.Dashed, 2f),
            (expected, "Expected", ChartPalette.Expected, LinePattern.Solid, 1.5f),
            (data.Goal != 0, "Goal", ChartPalette.Goal, LinePattern.DenselyDashed, 1f),
        })
        {
            if (shown)
            {
                var item = ChartStyle.LegendEntry(text);
                item.LineColor = color;
                item.LinePattern = pattern;
                item.LineWidth = width;
                plot.Legend.ManualItems.Add(item);
            }
        }

        if (plot.Legend.ManualItems.Count > 0)
        {
            plot.ShowLegend(Alignment.UpperLeft, Orientation.Horizontal);
        }

        SetAxes(plot, data, X, values, dates);
        return plot;
    }

    private static bool Line(Plot plot, IReadOnlyList<ChartPoint> points, Func<DateOnly, double> x, Color color, float width, LinePattern pattern)
    {
        if (points.Count == 0)
        {
            return false;
        }

        var scatter = plot.Add.Scatter(
            points.Select(point => x(point.Day)).ToArray(),
            points.Select(point => ChartValues.Drawable(point.Value)).ToArray());
        scatter.Color = color;
        scatter.LineWidth = width;
        scatter.LinePattern = pattern;
        scatter.MarkerSize = points.Count == 1 ? 6 : 0;
        return true;
    }

    private static void SetAxes(Plot plot, CumulativeChartData data, Func<DateOnly, double> x, ChartValueFormat values, ChartDateFormat dates)
    {
        var all = data.Actual.Concat(data.Expected).Concat(data.Projection).ToList();
        var first = all.Count == 0 ? data.Start : DateOnly.FromDayNumber(Math.Min(data.Start.DayNumber, all.Min(point => point.Day.DayNumber)));
        var last = all.Count == 0 ? data.End : DateOnly.FromDayNumber(Math.Max(data.End.DayNumber, all.Max(point => point.Day.DayNumber)));
        if (last <= first)
        {
            last = first.AddDays(1);
        }

        var days = last.DayNumber - first.DayNumber;
        var step = DaySteps.FirstOrDefault(candidate => days / candidate <= 6, days);
        var ticks = new List<(double, string)>();
        for (var day = first; day <= last; day = day.AddDays(step))
        {
            ticks.Add((x(day), dates.Axis(day)));
        }

        ChartStyle.SetTicks(plot.Axes.Bottom, ticks);

        var drawn = all.Select(point => ChartValues.Drawable(point.Value)).Append(ChartValues.Drawable(data.Goal)).Append(0).ToList();
        var scale = NiceScale.Covering(drawn.Min(), drawn.Max() * 1.05, data.Unit == MetricUnit.Count);
        ChartStyle.SetValueAxis(plot, [.. scale.Ticks().Select(tick => (tick, values.Axis(tick, data.Unit)))]);

        // A little room at both ends keeps a marker on the first or last day whole.
        plot.Axes.SetLimits(x(first) - (days * 0.01), x(last) + (days * 0.01), scale.Min, scale.Max);
    }
}
