using System.Globalization;
using PipWatch.Core.Metrics;

namespace PipWatch.Notifications.Charts;

/// <summary>
/// Formats chart values by unit in one culture: in full for alt text, compactly for axis labels.
/// Percent values are fractions (0.25 is 25 %), as the evaluation produces them; durations are seconds.
/// </summary>
internal sealed class ChartValueFormat(CultureInfo culture, string? currencyCode)
{
    private static readonly (double Scale, string Suffix)[] Magnitudes = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")];

    public CultureInfo Culture { get; } = culture;

    /// <summary>A value as a sentence would show it: "1,234", "USD 48,250", "62 %", "1 h 05 min".</summary>
    public string Full(double value, MetricUnit unit) => unit switch
    {
        MetricUnit.Currency => Money(value),
        MetricUnit.Percent => KeepTogether(Format(value, "P0")),
        MetricUnit.Duration => Duration(value),
        // Whole things are counted whole once there are a few of them: "169 expected", not "169.23".
        MetricUnit.Count when Abs(value) is >= 10 and < 1e15 => Format(value, "#,##0"),
        _ => Number(value),
    };

    /// <summary>A plain number for trend lines whose unit the caller keeps to itself.</summary>
    public string Number(double value) =>
        Abs(value) >= 1e15 ? value.ToString("0.##E+0", Culture) : Format(value, "#,##0.##");

    /// <summary>A short axis label, "12k", "1.5M", "25%", "2h"; falls back to invariant digits the chart font can draw.</summary>
    public string Axis(double value, MetricUnit unit)
    {
        var label = unit switch
        {
            MetricUnit.Percent => value.ToString("P0", Culture),
            MetricUnit.Duration => AxisDuration(value),
            _ => Compact(value, Culture),
        };
        return ChartFont.CanDraw(label) ? label : Compact(value, CultureInfo.InvariantCulture);
    }

    private string Money(double value)
    {
        var own = OwnCurrency();
        var code = currencyCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) || code == own)
        {
            return KeepTogether(Abs(value) >= 1e15 ? value.ToString("0.##E+0", Culture) : Format(value, "C0"));
        }

        // Another country's money is named by its code: a bare "$" reads differently in Toronto and Sydney.
        return $"{code}\u00A0{Number(value)}";
    }

    // Through decimal where it fits, so halves round away from zero as the templates' filters round them
    // (double formatting rounds 0.625 to "62 %", the templates print "63 %").
    private string Format(double value, string format) =>
        Abs(value) < 7.9e27 ? ((decimal)value).ToString(format, Culture) : value.ToString(format, Culture);

    // "48.250 €" must not wrap between amount and symbol in a narrow mail client.
    private static string KeepTogether(string formatted) =>
        formatted.Replace(' ', '\u00A0').Replace('\u202F', '\u00A0');

    private string? OwnCurrency()
    {
        if (Culture.IsNeutralCulture || Culture.Name.Length == 0)
        {
            return null;
        }

        try
        {
            return new RegionInfo(Culture.Name).ISOCurrencySymbol;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private string Duration(double seconds)
    {
        if (Abs(seconds) >= 1e9)
        {
            return $"{Number(seconds / 3600)} h";
        }

        var span = TimeSpan.FromSeconds(Math.Round(Abs(seconds)));
        var sign = seconds < 0 ? "-" : string.Empty;
        var hours = (long)span.TotalHours;
        return hours > 0
            ? $"{sign}{hours.ToString("#,##0", Culture)} h {span.Minutes:00} min"
            : span.Minutes > 0 ? $"{sign}{span.Minutes} min {span.Seconds:00} s" : $"{sign}{span.Seconds} s";
    }

    private string AxisDuration(double seconds) => Abs(seconds) switch
    {
        >= 3600 => $"{Compact(seconds / 3600, Culture)}h",
        >= 60 => $"{Compact(seconds / 60, Culture)}m",
        _ => $"{Compact(seconds, Culture)}s",
    };

    private static string Compact(double value, CultureInfo culture)
    {
        var magnitude = Abs(value);
        if (magnitude >= 1e15)
        {
            return value.ToString("0.#E+0", culture);
        }

        foreach (var (scale, suffix) in Magnitudes)
        {
            if (magnitude >= scale)
            {
                return (value / scale).ToString("0.#", culture) + suffix;
            }
        }

        return value.ToString(magnitude >= 10 ? "0" : "0.##", culture);
    }

    private static double Abs(double value) => Math.Abs(value);
}
