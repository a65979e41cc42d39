using MailKit.Net.Smtp;
using MimeKit;

namespace PipWatch.Notifications.Delivery;

/// <summary>
/// MailKit's client, told to go on when one recipient is refused and to report how far each message got.
/// </summary>
internal sealed class TrackingSmtpClient : SmtpClient
{
    private readonly List<RefusedRecipient> _refused = [];

    public SmtpStage Stage { get; set; } = SmtpStage.Connect;

    public IReadOnlyList<RefusedRecipient> Refused => _refused;

    public void BeginMessage()
    {
        Stage = SmtpStage.Envelope;
        _refused.Clear();
    }

    protected override void OnRecipientAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        base.OnRecipientAccepted(message, mailbox, response);
        Stage = SmtpStage.Content;
    }

    // MailKit's default throws here and abandons the message for everyone; the others should still get it.
    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
        _refused.Add(new RefusedRecipient(mailbox.Address, (int)response.StatusCode, AddressRedaction.Redact(response.Response)));

    protected override void OnNoRecipientsAccepted(MimeMessage message)
    {
        // Nobody has the message yet, so a temporary refusal of any recipient makes a later attempt worthwhile.
        var deciding = _refused.FirstOrDefault(refused => refused.StatusCode is >= 400 and < 500) ?? _refused.FirstOrDefault();
        if (deciding is not null)
        {
            throw new SmtpCommandException(
                SmtpErrorCode.RecipientNotAccepted,
                (SmtpStatusCode)deciding.StatusCode,
                MailboxAddress.Parse(deciding.Address),
                deciding.Reply);
        }
    }
}
