using System.Globalization;
using PipWatch.Core.Metrics;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Formatting;

/// <summary>
/// Formats figures, dates and instants for one recipient: their culture's digits and separators, their time zone,
/// and the org's currency. Content models carry the results as text, so templates hold no formatting logic.
/// </summary>
internal sealed class ContentFormat
{
    public const string Missing = "—";


    private readonly NumberFormatInfo _money;

    public ContentFormat(RecipientLocale locale)
    {
        Culture = locale.Culture;
        Zone = locale.TimeZone;
        _money = MoneyFormat(Culture, locale.CurrencyCode);
    }

    public CultureInfo Culture { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>A metric value in its unit: 1,234 · $48,250 · 25% · 82.5 · 1h 05m.</summary>
    public string Value(double? value, MetricUnit unit) => value is not double v || !double.IsFinite(v) ? Missing : unit switch
    {
        MetricUnit.Currency => Money(v),
        MetricUnit.Percent => Percent(v),
        MetricUnit.Duration => Duration(v),
        MetricUnit.Score => v.ToString("#,##0.#", Culture),
        _ => v.ToString("#,##0.##", Culture),
    };

    /// <summary>A daily rate: one decimal for counts, so "0.4 a day" does not round to nothing.</summary>
    public string Rate(double? value, MetricUnit unit) => value is not double v || !double.IsFinite(v) ? Missing : unit switch
    {
        MetricUnit.Count => v.ToString(Math.Abs(v) >= 10 ? "#,##0" : "#,##0.#", Culture),
        _ => Value(v, unit),
    };

    /// <summary>A fraction as a percentage in the culture's pattern (25 %, %25, 25%).</summary>
    public string Percent(double? fraction)
    {
        if (fraction is not double f || !double.IsFinite(f))
        {
            return Missing;
        }

        var decimals = Math.Abs(f) < 0.1 && Math.Abs(f) > 0 && Math.Round(f, 2) != f ? 1 : 0;
        return KeepTogether(f.ToString($"P{decimals}", Culture));
    }

    public string Whole(int value) => value.ToString("N0", Culture);

    /// <summary>A day with its month and year, in the culture's long pattern (Monday, March 9, 2026).</summary>
    public string Date(DateOnly day) => day.ToString("D", Culture);

    /// <summary>A day without the year, for ranges and lists (March 9).</summary>
    public string ShortDate(DateOnly day) => day.ToString("M", Culture);

    /// <summary>An instant in the recipient's zone, with the zone named so nobody has to guess.</summary>
    public string Instant(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        return $"{local.ToString("f", Culture)} ({ZoneName})";
    }

    /// <summary>The zone as people say it: "New York time", or UTC.</summary>
    public string ZoneName
    {
        get
        {
            var id = Zone.Id;
            if (id is "UTC" or "Etc/UTC" or "Etc/UCT" or "Etc/Universal" or "Etc/Zulu" or "Universal" or "Zulu")
            {
                return "UTC";
            }

            var slash = id.LastIndexOf('/');
            return slash < 0 ? id : $"{id[(slash + 1)..].Replace('_', ' ')} time";
        }
    }

    private string Money(double value) => KeepTogether(value.ToString("C0", _money));

    private string Duration(double seconds)
    {
        var sign = seconds < 0 ? "-" : "";
        var span = TimeSpan.FromSeconds(Math.Round(Math.Abs(seconds)));
        var hours = (long)span.TotalHours;
        return hours > 0
            ? string.Create(Culture, $"{sign}{hours:#,##0}h {span.Minutes:00}m")
            : span.Minutes > 0 ? string.Create(Culture, $"{sign}{span.Minutes}m {span.Seconds:00}s") : string.Create(Culture, $"{sign}{span.Seconds}s");
    }

    private static string KeepTogether(string formatted) => CurrencyFormat.KeepTogether(formatted);

    /// <summary>The culture's own currency, or another currency shown by its ISO code so "$" is never ambiguous.</summary>
    private static NumberFormatInfo MoneyFormat(CultureInfo culture, string? code) =>
        CurrencyFormat.For(culture, code)
        ?? throw new ArgumentException($"The currency code '{code}' is not an ISO 4217 code such as EUR or USD.", nameof(code));
}
