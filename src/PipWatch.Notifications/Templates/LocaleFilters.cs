using System.Globalization;
using Fluid;
using Fluid.Values;

namespace PipWatch.Notifications.Templates;

/// <summary>
/// Liquid filters that format in the recipient's culture and time zone (set on the render's context):
/// <c>number</c>, <c>currency</c>, <c>percent</c>, <c>local_date</c>, <c>local_time</c> and <c>local_datetime</c>.
/// </summary>
internal static class LocaleFilters
{
    /// <summary>The ambient value holding the currency used when <c>currency</c> names none.</summary>
    public const string CurrencyAmbientKey = "pipwatch.currency";

    private const int MaxDecimals = 6;


    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("number", Number);
        filters.AddFilter("currency", Currency);
        filters.AddFilter("percent", Percent);
        filters.AddFilter("local_date", LocalDate);
        filters.AddFilter("local_time", LocalTime);
        filters.AddFilter("local_datetime", LocalDateTime);
    }

    /// <summary><c>{{ 1234.5 | number }}</c> → 1,234.5; <c>{{ x | number: 2 }}</c> → fixed decimals.</summary>
    private static ValueTask<FluidValue> Number(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            return StringValue.Empty;
        }

        var format = arguments.Count > 0 ? $"N{Decimals(arguments.At(0), "number")}" : "#,##0.##";
        return new StringValue(input.ToNumberValue().ToString(format, context.CultureInfo));
    }

    /// <summary>
    /// <c>{{ amount | currency }}</c> in the render's currency, <c>{{ amount | currency: "EUR" }}</c> in a named one,
    /// <c>{{ amount | currency: "USD", 0 }}</c> without cents. A currency that is not the culture's own is shown by
    /// its ISO code (1.234,50 USD), because a bare "$" would be ambiguous to a reader in Canada or Australia.
    /// </summary>
    private static ValueTask<FluidValue> Currency(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            return StringValue.Empty;
        }

        var code = arguments.Count > 0 && !arguments.At(0).IsNil()
            ? arguments.At(0).ToStringValue()
            : context.AmbientValues.GetValueOrDefault(CurrencyAmbientKey) as string;
        var format = FormatFor(context.CultureInfo, code);
        var decimals = arguments.Count > 1 ? Decimals(arguments.At(1), "currency") : format.CurrencyDecimalDigits;
        return new StringValue(KeepTogether(input.ToNumberValue().ToString($"C{decimals}", format)));
    }

    /// <summary><c>{{ 0.25 | percent }}</c> → 25%; the input is a fraction, as the evaluation produces it.</summary>
    private static ValueTask<FluidValue> Percent(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            return StringValue.Empty;
        }

        var decimals = arguments.Count > 0 ? Decimals(arguments.At(0), "percent") : 0;
        return new StringValue(KeepTogether(input.ToNumberValue().ToString($"P{decimals}", context.CultureInfo)));
    }

    /// <summary><c>{{ day | local_date }}</c> long date; <c>short</c>, <c>month_day</c> or a .NET pattern as argument.</summary>
    private static ValueTask<FluidValue> LocalDate(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        FormatMoment(input, arguments, context, "local_date", "long", allowsDateOnly: true, name => name switch
        {
            "long" => "D",
            "short" => "d",
            "month_day" => "M",
            _ => name,
        });

    /// <summary><c>{{ as_of | local_time }}</c> short time in the recipient's zone; <c>long</c> adds seconds.</summary>
    private static ValueTask<FluidValue> LocalTime(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        FormatMoment(input, arguments, context, "local_time", "short", allowsDateOnly: false, name => name switch
        {
            "short" => "t",
            "long" => "T",
            _ => name,
        });

    /// <summary><c>{{ as_of | local_datetime }}</c> long date and short time in the recipient's zone; or <c>short</c>.</summary>
    private static ValueTask<FluidValue> LocalDateTime(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        FormatMoment(input, arguments, context, "local_datetime", "long", allowsDateOnly: false, name => name switch
        {
            "long" => "f",
            "short" => "g",
            _ => name,
        });

    private static StringValue FormatMoment(
        FluidValue input,
        FilterArguments arguments,
        TemplateContext context,
        string filter,
        string defaultFormat,
        bool allowsDateOnly,
        Func<string, string> pattern)
    {
        if (input.IsNil())
        {
            return StringValue.Empty;
        }

        var format = pattern(arguments.Count > 0 ? arguments.At(0).ToStringValue() : defaultFormat);
        var culture = context.CultureInfo;
        switch (input.ToObjectValue())
        {
            case DateOnly day when allowsDateOnly:
                return new StringValue(day.ToString(format, culture));
            case DateOnly:
                throw new FluidException($"The {filter} filter needs an instant with a time of day; it was given a date only.");
            case DateTimeOffset instant:
                return new StringValue(TimeZoneInfo.ConvertTime(instant, context.TimeZone).ToString(format, culture));
            case DateTime dateTime:
                // A DateTime without an offset is taken as UTC: the evaluation and storage keep instants in UTC.
                var utc = new DateTimeOffset(DateTime.SpecifyKind(dateTime.ToUniversalTime(), DateTimeKind.Utc));
                return new StringValue(TimeZoneInfo.ConvertTime(utc, context.TimeZone).ToString(format, culture));
            case string text when DateTimeOffset.TryParse(
                text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed):
                return new StringValue(TimeZoneInfo.ConvertTime(parsed, context.TimeZone).ToString(format, culture));
            default:
                throw new FluidException(
                    $"The {filter} filter needs a date or an instant; it was given '{input.ToStringValue()}'.");
        }
    }

    private static string KeepTogether(string formatted) => CurrencyFormat.KeepTogether(formatted);

    private static int Decimals(FluidValue argument, string filter)
    {
        var value = argument.ToNumberValue();
        return value is >= 0 and <= MaxDecimals && decimal.Truncate(value) == value
            ? (int)value
            : throw new FluidException($"The {filter} filter takes a number of decimals from 0 to {MaxDecimals}; it was given '{argument.ToStringValue()}'.");
    }

    private static NumberFormatInfo FormatFor(CultureInfo culture, string? code) =>
        CurrencyFormat.For(culture, code)
        ?? throw new FluidException($"The currency filter takes an ISO 4217 code such as EUR or USD; it was given '{code}'.");
}
