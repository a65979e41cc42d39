using System.Globalization;

namespace PipWatch.Notifications.Templates;

/// <summary>
/// How one recipient reads numbers, money, dates and times: their culture, their time zone, and the currency
/// amounts are in when a template does not name one.
/// </summary>
public sealed record RecipientLocale(CultureInfo Culture, TimeZoneInfo TimeZone, string? CurrencyCode = null)
{
    public static RecipientLocale Default { get; } = new(SalesforceLocale.Fallback, TimeZoneInfo.Utc);

    /// <summary>
    /// From a Salesforce user's <c>LocaleSidKey</c> and <c>TimeZoneSidKey</c> (an IANA id such as Europe/Berlin).
    /// An unknown locale becomes en-US and an unknown time zone UTC, so one odd user record cannot stop their mail.
    /// </summary>
    public static RecipientLocale FromSalesforce(string? localeSidKey, string? timeZoneSidKey, string? currencyCode = null) =>
        new(SalesforceLocale.ToCulture(localeSidKey), FindTimeZone(timeZoneSidKey), currencyCode);

    private static TimeZoneInfo FindTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
            ? zone
            : TimeZoneInfo.Utc;
}
