using System.Globalization;
using System.Text.RegularExpressions;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Charts;

/// <summary>
/// Renders the charts of an email as PNGs to attach inline, with alt text that says the same in words.
/// Axis labels and alt text follow the recipient's culture; the same data and culture give byte-identical PNGs.
/// Safe to share between threads.
/// </summary>
/// <remarks>
/// Charts are 600×260 CSS pixels, drawn at 1× because a digest can carry dozens of them; sparklines are 160×36,
/// drawn at 2× because they are tiny and cheap. Nothing from the data's names is drawn into an image: titles only
/// open the alt text, so no name can break the picture or need a font the chart does not have.
/// </remarks>
public sealed partial class ChartRenderer
{
    public const int ChartWidth = 600;
    public const int ChartHeight = 260;
    public const int SparklineWidth = 160;
    public const int SparklineHeight = 36;

    private const float ChartScale = 1;
    private const float SparklineScale = 2;

    private readonly ChartValueFormat _values;
    private readonly ChartDateFormat _dates;
    private readonly ChartAltText _altText;

    /// <param name="culture">Culture of axis labels and alt text; the fallback recipient locale's when null.</param>
    /// <param name="currencyCode">ISO 4217 code of currency amounts; the culture's own currency when null.</param>
    public ChartRenderer(CultureInfo? culture = null, string? currencyCode = null)
    {
        var chosen = culture ?? RecipientLocale.Default.Culture;
        _values = new ChartValueFormat(chosen, currencyCode);
        _dates = new ChartDateFormat(chosen);
        _altText = new ChartAltText(_values, _dates);
    }

    public ChartRenderer(RecipientLocale locale)
        : this(locale.Culture, locale.CurrencyCode)
    {
    }

    public ChartImage Cumulative(CumulativeChartData data, string contentId)
    {
        RequireContentId(contentId);
        if (data.End < data.Start)
        {
            throw new ArgumentException($"The cumulative chart '{data.Title}' ends on {data.End:yyyy-MM-dd}, before it starts on {data.Start:yyyy-MM-dd}.", nameof(data));
        }

        ChartValues.RequireFinite(data.Goal, "cumulative", nameof(data.Goal));
        var sorted = data with
        {
            Actual = Checked(data.Actual, nameof(data.Actual)),
            Expected = Checked(data.Expected, nameof(data.Expected)),
            Projection = Checked(data.Projection, nameof(data.Projection)),
        };

        using var plot = CumulativeChart.Build(sorted, _values, _dates);
        var png = ChartPng.Render(plot, ChartWidth, ChartHeight, ChartScale);
        return new ChartImage(contentId, png, _altText.Cumulative(sorted), ChartWidth, ChartHeight);
    }

    public ChartImage Weekly(WeeklyChartData data, string contentId)
    {
        RequireContentId(contentId);
        for (var index = 0; index < data.Weeks.Count; index++)
        {
            ChartValues.RequireFinite(data.Weeks[index].Value, "weekly", $"{nameof(data.Weeks)}[{index}].{nameof(WeekBar.Value)}");
            ChartValues.RequireFinite(data.Weeks[index].Goal, "weekly", $"{nameof(data.Weeks)}[{index}].{nameof(WeekBar.Goal)}");
        }

        var sorted = data with { Weeks = [.. data.Weeks.OrderBy(week => week.WeekStart)] };
        using var plot = WeeklyChart.Build(sorted, _values, _dates);
        var png = ChartPng.Render(plot, ChartWidth, ChartHeight, ChartScale);
        return new ChartImage(contentId, png, _altText.Weekly(sorted), ChartWidth, ChartHeight);
    }

    public ChartImage Sparkline(SparklineData data, string contentId)
    {
        RequireContentId(contentId);
        for (var index = 0; index < data.Values.Count; index++)
        {
            ChartValues.RequireFinite(data.Values[index], "sparkline", $"{nameof(data.Values)}[{index}]");
        }

        if (data.Reference is { } reference)
        {
            ChartValues.RequireFinite(reference, "sparkline", nameof(data.Reference));
        }

        using var plot = Charts.Sparkline.Build(data);
        var png = ChartPng.Render(plot, SparklineWidth, SparklineHeight, SparklineScale);
        return new ChartImage(contentId, png, _altText.Sparkline(data), SparklineWidth, SparklineHeight);
    }

    private static List<ChartPoint> Checked(IReadOnlyList<ChartPoint> points, string field)
    {
        for (var index = 0; index < points.Count; index++)
        {
            ChartValues.RequireFinite(points[index].Value, "cumulative", $"{field}[{index}].{nameof(ChartPoint.Value)}");
        }

        return [.. points.OrderBy(point => point.Day)];
    }

    // The same rule as the MIME builder's, checked here so a bad id fails where it was chosen.
    private static void RequireContentId(string contentId)
    {
        if (string.IsNullOrEmpty(contentId) || !ContentIdPattern().IsMatch(contentId))
        {
            throw new ArgumentException($"The chart Content-Id '{contentId}' must be letters, digits, and . _ - @ only.", nameof(contentId));
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9._@-]+$")]
    private static partial Regex ContentIdPattern();
}
