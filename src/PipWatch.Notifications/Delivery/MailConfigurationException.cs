namespace PipWatch.Notifications.Delivery;

/// <summary>
/// The mail settings cannot work (credentials refused, TLS not offered, sender refused, folder not writable):
/// no message of the batch can go out until ops change the configuration, so retrying message by message is futile.
/// </summary>
public sealed class MailConfigurationException : Exception
{
    public MailConfigurationException()
    {
    }

    public MailConfigurationException(string message)
        : base(message)
    {
    }

    public MailConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
