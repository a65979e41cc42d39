using System.Globalization;
using System.Text.RegularExpressions;

namespace PipWatch.Notifications.Charts;

/// <summary>Day labels in a culture's own order: "11 Dec", "Dec 11", "11. Dez."; numeric where the font lacks the script.</summary>
internal sealed partial class ChartDateFormat
{
    private readonly CultureInfo _culture;
    private readonly string _axisPattern;
    private readonly string _numericPattern;
    private readonly string _sentencePattern;

    public ChartDateFormat(CultureInfo culture)
    {
        _culture = culture;
        var format = culture.DateTimeFormat;
        _sentencePattern = format.MonthDayPattern;
        _axisPattern = format.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal);
        var numeric = Year().Replace(format.ShortDatePattern, string.Empty).Trim();
        _numericPattern = numeric.Contains('d', StringComparison.Ordinal) && numeric.Contains('M', StringComparison.Ordinal) ? numeric : "d/M";
    }

    /// <summary>For sentences (alt text): the culture's month-and-day pattern, "11 December" or "December 11".</summary>
    public string Sentence(DateOnly day) => day.ToString(_sentencePattern, _culture);

    /// <summary>For axis ticks: abbreviated month, or digits when the chart font has no glyphs for the month name.</summary>
    public string Axis(DateOnly day)
    {
        var label = day.ToString(_axisPattern, _culture);
        if (ChartFont.CanDraw(label))
        {
            return label;
        }

        label = day.ToString(_numericPattern, _culture);
        return ChartFont.CanDraw(label) ? label : day.ToString("d/M", CultureInfo.InvariantCulture);
    }

    // A year with the separators that tie it to the rest: "/yyyy", "yyyy/", "yyyy. ", "年".
    [GeneratedRegex(@"^y+[^dM]*|[^dM]*y+[^dM]*$|y+[^dM]*")]
    private static partial Regex Year();
}
