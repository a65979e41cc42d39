using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Requests;

/// <summary>Someone an email goes to, with how they read numbers and times.</summary>
/// <param name="LocaleId">Salesforce <c>LocaleSidKey</c>, e.g. <c>en_US</c> or <c>de_DE</c>; en-US when missing or unknown.</param>
/// <param name="TimeZoneId">IANA zone (Salesforce <c>TimeZoneSidKey</c>), e.g. <c>Europe/Berlin</c>; UTC when missing or unknown.</param>
public sealed record Recipient(string Name, string Email, string? LocaleId = null, string? TimeZoneId = null)
{
    public EmailAddress ToAddress() => new(Email, string.IsNullOrWhiteSpace(Name) ? null : SubjectLine.Clean(Name));

    public RecipientLocale Locale(string? currencyCode) => RecipientLocale.FromSalesforce(LocaleId, TimeZoneId, currencyCode);
}
