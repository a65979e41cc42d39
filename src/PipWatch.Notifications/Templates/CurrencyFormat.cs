using System.Collections.Concurrent;
using System.Globalization;

namespace PipWatch.Notifications.Templates;

/// <summary>How amounts are written for a culture: its own currency as usual, any other by its ISO code so "$" is never ambiguous.</summary>
internal static class CurrencyFormat
{
    private static readonly ConcurrentDictionary<(string Culture, string Code), NumberFormatInfo> Formats = new();

    /// <summary>The number format for amounts in <paramref name="code"/>; null when the code is not an ISO 4217 code.</summary>
    public static NumberFormatInfo? For(CultureInfo culture, string? code)
    {
        var normalized = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(normalized) || normalized == OwnCurrency(culture))
        {
            return culture.NumberFormat;
        }

        if (normalized.Length != 3 || !normalized.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        return Formats.GetOrAdd((culture.Name, normalized), static key =>
        {
            var format = (NumberFormatInfo)CultureInfo.GetCultureInfo(key.Culture).NumberFormat.Clone();
            format.CurrencySymbol = key.Code;

            // The same layout as the culture's own currency, with a space between code and amount.
            format.CurrencyPositivePattern = format.CurrencyPositivePattern switch { 0 => 2, 1 => 3, var same => same };
            format.CurrencyNegativePattern = format.CurrencyNegativePattern switch
            {
                0 => 14,
                1 => 9,
                2 => 12,
                3 => 11,
                4 => 15,
                5 => 8,
                6 => 13,
                7 => 10,
                var same => same,
            };
            return NumberFormatInfo.ReadOnly(format);
        });
    }

    /// <summary>"48.250,50 €" must not wrap between amount and symbol in a narrow mail client.</summary>
    public static string KeepTogether(string formatted) => formatted.Replace(' ', '\u00A0').Replace('\u202F', '\u00A0');

    private static string? OwnCurrency(CultureInfo culture)
    {
        if (culture.IsNeutralCulture || culture.Name.Length == 0)
        {
            return null;
        }

        try
        {
            return new RegionInfo(culture.Name).ISOCurrencySymbol;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
