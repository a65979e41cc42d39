using MimeKit;

namespace PipWatch.Notifications.Delivery;

/// <summary>Hands a batch of messages to the mail system: an SMTP server, or the pickup folder when none is set.</summary>
public interface IMailSender
{
    /// <summary>
    /// Sends the messages in order and yields one result per message as soon as it is known, so the caller can
    /// record each outcome before the next message goes out. Every message needs a Message-Id. Throws
    /// <see cref="MailConfigurationException"/> when the settings cannot work at all; messages without a result
    /// by then were not attempted. No retries happen here: the outbox owns retries and backoff.
    /// </summary>
    IAsyncEnumerable<DeliveryResult> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken);
}
