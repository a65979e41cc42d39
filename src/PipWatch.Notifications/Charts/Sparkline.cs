using ScottPlot;

namespace PipWatch.Notifications.Charts;

/// <summary>Draws a trend line with no axes or text: the line, a dot on the latest value, and the reference line.</summary>
internal static class Sparkline
{
    public static Plot Build(SparklineData data)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = ChartPalette.Background;
        plot.DataBackground.Color = ChartPalette.Background;
        plot.Layout.Frameless();
        plot.HideGrid();

        var values = data.Values.Select(ChartValues.Drawable).ToArray();
        if (data.Reference is { } reference)
        {
            plot.Add.HorizontalLine(ChartValues.Drawable(reference), 1f, ChartPalette.Reference, LinePattern.Dashed);
        }

        if (values.Length > 0)
        {
            var xs = Enumerable.Range(0, values.Length).Select(index => (double)index).ToArray();
            var line = plot.Add.Scatter(xs, values);
            line.Color = ChartPalette.Actual;
            line.LineWidth = 1.5f;
            line.MarkerSize = 0;

            var latest = plot.Add.Marker(xs[^1], values[^1]);
            latest.Color = ChartPalette.Actual;
            latest.Size = 4;
            latest.Shape = MarkerShape.FilledCircle;
        }

        var bounds = values.Concat(data.Reference is { } r ? [ChartValues.Drawable(r)] : []).DefaultIfEmpty(0).ToList();
        var low = bounds.Min();
        var high = bounds.Max();
        var pad = high > low ? (high / 2 - low / 2) * 0.3 : Math.Max(1, Math.Abs(high) * 0.5);

        // A few units of room on both sides so the end dot is not cut in half.
        var right = Math.Max(1, values.Length - 1);
        plot.Axes.SetLimits(-right * 0.03, right * 1.03, low - pad, high + pad);
        return plot;
    }
}
