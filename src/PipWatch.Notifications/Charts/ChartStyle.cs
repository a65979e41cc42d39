using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace PipWatch.Notifications.Charts;

/// <summary>The look all full-size charts share: embedded font, light background, quiet grid, fixed margins.</summary>
internal static class ChartStyle
{
    public const float FontSize = 12;

    /// <summary>A plot with the shared look; <see cref="SetValueAxis"/> then fixes its margins.</summary>
    public static Plot NewPlot()
    {
        _ = ChartFont.Typeface;
        var plot = new Plot();
        plot.FigureBackground.Color = ChartPalette.Background;
        plot.DataBackground.Color = ChartPalette.Background;
        plot.Font.Set(ChartFont.Name);

        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.XAxisStyle.IsVisible = false;

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.FrameLineStyle.Color = ChartPalette.Axis;
            axis.FrameLineStyle.Width = 1;
            axis.MajorTickStyle.Color = ChartPalette.Axis;
            axis.MajorTickStyle.Length = 3;
            axis.MinorTickStyle.Length = 0;
            axis.TickLabelStyle.FontName = ChartFont.Name;
            axis.TickLabelStyle.FontSize = FontSize;
            axis.TickLabelStyle.ForeColor = ChartPalette.Text;
            axis.Label.IsVisible = false;
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        plot.Legend.FontName = ChartFont.Name;
        plot.Legend.FontSize = 11;
        plot.Legend.FontColor = ChartPalette.Text;
        plot.Legend.BackgroundColor = ChartPalette.Background.WithAlpha(0.85);
        plot.Legend.OutlineColor = ChartPalette.Grid;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.TightHorizontalWrapping = true;
        return plot;
    }

    /// <summary>
    /// Labels the value axis and fixes the margins, the left one as wide as the widest label: fixed margins keep the
    /// data area independent of ScottPlot's own text measuring, and the measured one keeps "1.5E+300" whole.
    /// </summary>
    public static void SetValueAxis(Plot plot, IReadOnlyList<(double Position, string Label)> ticks)
    {
        SetTicks(plot.Axes.Left, ticks);
        using var font = new SKFont(ChartFont.Typeface, FontSize);
        var widest = ticks.Select(tick => font.MeasureText(tick.Label)).DefaultIfEmpty(0).Max();
        plot.Layout.Fixed(new PixelPadding(left: Math.Max(32, MathF.Ceiling(widest) + 12), right: 24, bottom: 26, top: 10));
    }

    /// <summary>A legend entry drawn and measured in the chart font (ScottPlot measures entries with their own style).</summary>
    public static LegendItem LegendEntry(string text)
    {
        var item = new LegendItem { LabelText = text };
        item.LabelStyle.FontName = ChartFont.Name;
        item.LabelStyle.FontSize = 11;
        item.LabelStyle.ForeColor = ChartPalette.Text;
        return item;
    }

    public static void SetTicks(IAxis axis, IEnumerable<(double Position, string Label)> ticks)
    {
        var generator = new NumericManual();
        foreach (var (position, label) in ticks)
        {
            generator.AddMajor(position, label);
        }

        axis.TickGenerator = generator;
    }
}
