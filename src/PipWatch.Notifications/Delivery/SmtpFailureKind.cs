namespace PipWatch.Notifications.Delivery;

public enum SmtpFailureKind
{
    Transient,
    Permanent,
    Unknown,

    /// <summary>The settings are wrong for every message; see <see cref="MailConfigurationException"/>.</summary>
    Configuration,
}
