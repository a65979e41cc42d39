using System.Globalization;

namespace PipWatch.Salesforce.Json;

/// <summary>
/// Salesforce writes datetimes as <c>2026-11-02T21:10:25.000+0000</c>: an offset without a colon, which the
/// ISO parser in System.Text.Json rejects. This reads that form, the colon form and <c>Z</c>, exactly.
/// </summary>
public static class SalesforceDateTime
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 20)
        {
            return false;
        }

        ReadOnlySpan<char> local;
        TimeSpan offset;
        if (text[^1] is 'Z' or 'z')
        {
            local = text.AsSpan(0, text.Length - 1);
            offset = TimeSpan.Zero;
        }
        else if (TryReadOffset(text.AsSpan(text.Length - 5), out offset))
        {
            local = text.AsSpan(0, text.Length - 5);
        }
        else if (text[^3] == ':' && TryReadOffset(string.Concat(text.AsSpan(text.Length - 6, 3), text.AsSpan(text.Length - 2)), out offset))
        {
            local = text.AsSpan(0, text.Length - 6);
        }
        else
        {
            return false;
        }

        if (!DateTime.TryParseExact(local, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            return false;
        }

        value = new DateTimeOffset(dateTime, offset);
        return true;
    }

    public static DateTimeOffset Parse(string? text) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a Salesforce datetime (expected e.g. 2026-11-02T21:10:25.000+0000).");

    /// <summary>Writes the form Salesforce itself sends, always in UTC.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    private static bool TryReadOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 5 || (text[0] != '+' && text[0] != '-')
            || !int.TryParse(text[1..3], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text[3..5], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }
}
