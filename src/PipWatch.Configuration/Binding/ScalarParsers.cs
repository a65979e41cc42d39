using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace PipWatch.Configuration.Binding;

internal delegate bool ScalarParser<T>(string text, out T value, out string error);

/// <summary>Turns the text of one YAML value into a typed value, or into a message that says how to write it.</summary>
internal static partial class ScalarParsers
{
    public static bool String(string text, out string value, out string error)
    {
        (value, error) = (text, "");
        return true;
    }

    public static bool OptionalString(string text, out string? value, out string error)
    {
        (value, error) = (text, "");
        return true;
    }

    public static bool Int(string text, out int value, out string error)
    {
        error = $"{Quote(text)} is not a whole number";
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static bool Number(string text, out double value, out string error)
    {
        error = NotANumber(text);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public static bool Bool(string text, out bool value, out string error)
    {
        error = $"{Quote(text)} is not true or false";
        return bool.TryParse(text, out value);
    }

    public static bool Date(string text, out DateOnly value, out string error)
    {
        error = $"{Quote(text)} is not a date: write it as YYYY-MM-DD, e.g. 2026-10-05";
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    public static bool OptionalDate(string text, out DateOnly? value, out string error)
    {
        var ok = Date(text, out var date, out error);
        value = ok ? date : null;
        return ok;
    }

    public static bool TimeOfDay(string text, out TimeOnly value, out string error)
    {
        error = $"{Quote(text)} is not a time of day: write it as HH:mm on a 24-hour clock, e.g. 08:30";
        return TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    public static bool Day(string text, out DayOfWeek value, out string error)
    {
        error = $"{Quote(text)} is not a day of the week: write e.g. monday";
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString();
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase) || text.Equals(name[..3], StringComparison.OrdinalIgnoreCase))
            {
                value = day;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Durations as ops write them: 30s, 5m, 6h, 2d, 1h30m, 500ms, or 00:30:00.</summary>
    public static bool Duration(string text, out TimeSpan value, out string error)
    {
        error = $"{Quote(text)} is not a duration: write e.g. 30s, 5m, 6h, 2d or 1h30m";
        value = TimeSpan.Zero;
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value);
        }

        var parts = DurationPart().Matches(text);
        if (parts.Count == 0 || parts.Sum(m => m.Length) != text.Length)
        {
            return false;
        }

        foreach (Match part in parts)
        {
            var amount = double.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            value += part.Groups["u"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        return true;
    }

    /// <summary>Enum values written in snake_case (<c>jwt_bearer</c>); underscores and case are not significant.</summary>
    public static bool Choice<TEnum>(string text, out TEnum value, out string error)
        where TEnum : struct, Enum
    {
        error = $"{Quote(text)} is not one of: {string.Join(", ", ChoiceNames<TEnum>())}";
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (KeyNames.Normalize(candidate.ToString()) == KeyNames.Normalize(text))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IEnumerable<string> ChoiceNames<TEnum>()
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(KeyNames.ToSnakeCase);

    public static bool WebUrl(string text, out Uri value, out string error)
    {
        error = $"{Quote(text)} is not a web address: write it in full, e.g. https://acme.my.salesforce.com";
        return Uri.TryCreate(text, UriKind.Absolute, out value!) && (value.Scheme == Uri.UriSchemeHttps || value.Scheme == Uri.UriSchemeHttp);
    }

    public static bool Email(string text, out string value, out string error)
    {
        value = text;
        error = $"{Quote(text)} is not an email address";
        return MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
    }

    public static bool OptionalWebUrl(string text, out Uri? value, out string error)
    {
        var ok = WebUrl(text, out var url, out error);
        value = url;
        return ok;
    }

    public static bool OptionalEmail(string text, out string? value, out string error)
    {
        var ok = Email(text, out var address, out error);
        value = address;
        return ok;
    }

    /// <summary>IANA time zone names only, so a plan behaves the same on every machine.</summary>
    public static bool TimeZoneId(string text, out string? value, out string error)
    {
        value = text;
        error = $"{Quote(text)} is not a known time zone: use an IANA name such as America/New_York or Europe/London";
        try
        {
            if (TimeZoneInfo.FindSystemTimeZoneById(text).HasIanaId)
            {
                return true;
            }

            if (TimeZoneInfo.TryConvertWindowsIdToIanaId(text, out var iana))
            {
                error = $"{Quote(text)} is a Windows time zone name: use the IANA name {iana}";
            }

            return false;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The message for text that should have been a number, with a hint for thousands separators.</summary>
    public static string NotANumber(string text) =>
        text.Contains(',', StringComparison.Ordinal) && double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? $"{Quote(text)} is not a number: write it without thousands separators, e.g. {text.Replace(",", "", StringComparison.Ordinal)}"
            : $"{Quote(text)} is not a number";

    /// <summary>Shows a value in a message; long values are cut so one line stays readable.</summary>
    public static string Quote(string text) => text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}...'";

    [GeneratedRegex(@"(?<n>\d+(\.\d+)?)(?<u>ms|s|m|h|d)", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPart();
}
