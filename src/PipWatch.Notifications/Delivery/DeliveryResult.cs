namespace PipWatch.Notifications.Delivery;

/// <summary>What happened to one message of a batch.</summary>
/// <param name="Detail">
/// For <see cref="DeliveryStatus.Sent"/> the server's reply (which usually carries its queue id) or the .eml path;
/// otherwise the reason. Mail addresses in it are reduced to their domain, so it is safe to log.
/// </param>
public sealed record DeliveryResult(string MessageId, DeliveryStatus Status, string Detail)
{
    /// <summary>Recipients refused while the message went to the others; see <see cref="SmtpMailSender"/>.</summary>
    public IReadOnlyList<RefusedRecipient> RefusedRecipients { get; init; } = [];
}
