using System.Collections.Concurrent;
using System.Globalization;

namespace PipWatch.Notifications.Templates;

/// <summary>
/// Maps a Salesforce <c>LocaleSidKey</c> (en_US, de_DE, fr_CA, zh_CN_PINYIN, es_ES_EURO, iw_IL …) to a .NET culture.
/// Keys .NET does not know fall back to the language alone, then to en-US, so a strange key never stops an email.
/// </summary>
public static class SalesforceLocale
{
    public static CultureInfo Fallback { get; } = CultureInfo.GetCultureInfo("en-US");

    // Salesforce still uses Java's legacy ISO 639 codes for a few languages, and Tagalog for Filipino.
    private static readonly Dictionary<string, string> LegacyLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iw"] = "he",
        ["in"] = "id",
        ["ji"] = "yi",
        ["no"] = "nb",
        ["tl"] = "fil",
        ["sh"] = "sr-Latn",
    };

    private static readonly ConcurrentDictionary<string, CultureInfo> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The culture for a LocaleSidKey; en-US when the key is missing or unknown.</summary>
    public static CultureInfo ToCulture(string? localeSidKey) =>
        string.IsNullOrWhiteSpace(localeSidKey) ? Fallback : Cache.GetOrAdd(localeSidKey.Trim(), Resolve);

    private static CultureInfo Resolve(string key)
    {
        var parts = key.Split(['_', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].All(char.IsAsciiLetter))
        {
            return Fallback;
        }

        var language = LegacyLanguages.GetValueOrDefault(parts[0], parts[0].ToLowerInvariant());

        // The second part is a country only when it is two letters; the rest (EURO, PINYIN, STROKE) are variants.
        var country = parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiLetter)
            ? parts[1].ToUpperInvariant()
            : null;

        if (country is not null && TryGet($"{language}-{country}") is { } specific)
        {
            return specific;
        }

        return TryGet(language) is { } neutral ? SpecificFor(neutral) : Fallback;
    }

    private static CultureInfo SpecificFor(CultureInfo culture)
    {
        if (!culture.IsNeutralCulture)
        {
            return culture;
        }

        try
        {
            return CultureInfo.CreateSpecificCulture(culture.Name) is { Name.Length: > 0 } specific ? specific : Fallback;
        }
        catch (CultureNotFoundException)
        {
            return Fallback;
        }
    }

    private static CultureInfo? TryGet(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
