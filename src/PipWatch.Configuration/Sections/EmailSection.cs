using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Settings;

namespace PipWatch.Configuration.Sections;

internal static class EmailSection
{
    public static EmailSettings Read(MappingReader r)
    {
        var d = new EmailSettings();
        var settings = new EmailSettings
        {
            FromAddress = r.Read("from_address", d.FromAddress, ScalarParsers.Email),
            FromName = r.Read("from_name", d.FromName, ScalarParsers.String, v => v.Trim().Length > 0, "must not be blank"),
            Smtp = r.OptionalSection("smtp") is { } smtp ? ReadSmtp(smtp) : null,
            PickupFolder = r.Read("pickup_folder", d.PickupFolder, ScalarParsers.String, v => v.Trim().Length > 0, "must name a folder"),
            OpsAddress = r.Read<string?>("ops_address", null, ScalarParsers.OptionalEmail),
            CcManagerOnCelebrations = r.Bool("cc_manager_on_celebrations", d.CcManagerOnCelebrations),
            CopyRepOnAtRiskWarnings = r.Bool("copy_rep_on_at_risk_warnings", d.CopyRepOnAtRiskWarnings),
            RepSubjectsMentionPip = r.Bool("rep_subjects_mention_pip", d.RepSubjectsMentionPip),
            SalesforceLinkBase = r.Read<Uri?>("salesforce_link_base", null, ScalarParsers.OptionalWebUrl),
            MaxDeliveryAttempts = r.Int("max_delivery_attempts", d.MaxDeliveryAttempts, 1, 50),
            CurrencyCode = r.Read(
                "currency_code",
                d.CurrencyCode,
                ScalarParsers.String,
                v => v.Length == 3 && v.All(char.IsAsciiLetterUpper),
                "must be a three-letter ISO 4217 code in capitals, e.g. USD, EUR or GBP"),
        };
        r.Finish();
        return settings;
    }

    private static SmtpSettings ReadSmtp(MappingReader r)
    {
        var d = new SmtpSettings();
        var settings = new SmtpSettings
        {
            Host = r.RequiredString("host", "the mail server's name, e.g. host: smtp.acme.com"),
            Port = r.Int("port", d.Port, 1, 65535),
            Security = r.Read("security", d.Security, ScalarParsers.Choice),
            Username = r.String("username"),
            Password = r.Secret("password"),
            Timeout = r.Duration("timeout", d.Timeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)),
        };

        if (settings.Host.Length > 0 && (settings.Host.Contains("://", StringComparison.Ordinal) || settings.Host.Any(char.IsWhiteSpace)))
        {
            r.Report("host", $"{ScalarParsers.Quote(settings.Host)} is not a host name: write only the name, e.g. smtp.acme.com (the port goes under 'port')");
        }

        if (r.Has("username") && !r.Has("password"))
        {
            r.Report("username", "a username is set but no password is referenced: add password: { env: NAME } or { file: PATH }");
        }
        else if (r.Has("password") && !r.Has("username"))
        {
            r.Report("password", "a password is referenced but no username is set: add 'username'");
        }

        r.Finish();
        return settings;
    }
}
