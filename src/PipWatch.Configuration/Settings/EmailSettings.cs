namespace PipWatch.Configuration.Settings;

public enum SmtpSecurity
{
    StartTls,
    SslOnConnect,

    /// <summary>Plain text: only for a relay on the same host or a test server.</summary>
    None,
}

public sealed record EmailSettings
{
    public string FromAddress { get; init; } = "pipwatch@example.com";

    public string FromName { get; init; } = "PipWatch";

    /// <summary>Null means no SMTP: mail goes to <see cref="PickupFolder"/> as .eml files.</summary>
    public SmtpSettings? Smtp { get; init; }

    public string PickupFolder { get; init; } = "out/mail";

    /// <summary>Where problems ops must act on (a manager without an email, permanent failures) are reported.</summary>
    public string? OpsAddress { get; init; }

    public bool CcManagerOnCelebrations { get; init; } = true;

    public bool CopyRepOnAtRiskWarnings { get; init; }

    /// <summary>Rep-facing subjects say "PIP" only when this is on.</summary>
    public bool RepSubjectsMentionPip { get; init; }

    /// <summary>Base URL of the Salesforce org for links in emails (e.g. https://acme.my.salesforce.com).</summary>
    public Uri? SalesforceLinkBase { get; init; }

    public int MaxDeliveryAttempts { get; init; } = 8;

    /// <summary>ISO 4217 code of the org's amounts (Opportunity.Amount); shown by code to readers whose own currency differs.</summary>
    public string CurrencyCode { get; init; } = "USD";
}

public sealed record SmtpSettings
{
    public string Host { get; init; } = "";

    public int Port { get; init; } = 587;

    public SmtpSecurity Security { get; init; } = SmtpSecurity.StartTls;

    public string? Username { get; init; }

    public SecretReference? Password { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
