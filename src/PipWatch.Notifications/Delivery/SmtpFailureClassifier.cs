using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace PipWatch.Notifications.Delivery;

/// <summary>
/// Decides what an SMTP failure means for a message (RFC 5321 §4.2.1: a 4yz reply is temporary, a 5yz permanent).
/// </summary>
/// <remarks>
/// A broken connection is retryable while nothing can have been delivered (connecting, authenticating, or before
/// any recipient accepted); once the content is on its way it is <see cref="SmtpFailureKind.Unknown"/>, because
/// servers have been seen to deliver a message whose final reply never reached the client.
/// A reply that condemns the configuration rather than one message (credentials, TLS, a refused sender, a server
/// that turns us away at connect) is <see cref="SmtpFailureKind.Configuration"/>, so a wrong setting stops the batch
/// instead of failing every message for good.
/// </remarks>
public static class SmtpFailureClassifier
{
    private const int MessageTooLarge = 552;

    public static SmtpFailure Classify(Exception exception, SmtpStage stage) => exception switch
    {
        AuthenticationException => Failure(SmtpFailureKind.Configuration, $"the SMTP server refused the credentials: {exception.Message}"),
        ServiceNotAuthenticatedException => Failure(SmtpFailureKind.Configuration, $"the SMTP server requires authentication; set email.smtp.username and the password secret ({exception.Message})"),
        SslHandshakeException => Failure(SmtpFailureKind.Configuration, $"the TLS handshake with the SMTP server failed: {exception.Message}"),
        NotSupportedException when stage is SmtpStage.Connect or SmtpStage.Authenticate =>
            Failure(SmtpFailureKind.Configuration, $"the SMTP server does not offer what email.smtp asks for: {exception.Message}"),
        SmtpCommandException command => FromReply(command, stage),
        SmtpProtocolException or IOException or SocketException or TimeoutException or OperationCanceledException => stage switch
        {
            SmtpStage.Content => Failure(SmtpFailureKind.Unknown, $"the connection failed while the message was being handed over, so the server may have it: {exception.Message}"),
            _ => Failure(SmtpFailureKind.Transient, $"the connection failed {Describe(stage)}: {exception.Message}"),
        },
        ArgumentException or InvalidOperationException or FormatException when stage is SmtpStage.Envelope =>
            Failure(SmtpFailureKind.Permanent, $"the message cannot be sent as built: {exception.Message}"),
        _ => stage == SmtpStage.Content
            ? Failure(SmtpFailureKind.Unknown, $"unexpected failure while the message was being handed over: {exception.Message}")
            : Failure(SmtpFailureKind.Transient, $"unexpected failure {Describe(stage)}: {exception.Message}"),
    };

    /// <summary>What an SMTP reply code says about retrying: 4xx transient, 5xx permanent, anything else unknown.</summary>
    public static SmtpFailureKind ClassifyReply(int statusCode) => statusCode switch
    {
        >= 400 and < 500 => SmtpFailureKind.Transient,
        >= 500 and < 600 => SmtpFailureKind.Permanent,
        _ => SmtpFailureKind.Unknown,
    };

    private static SmtpFailure FromReply(SmtpCommandException command, SmtpStage stage)
    {
        var code = (int)command.StatusCode;
        var reply = $"{code} {command.Message}";
        var kind = ClassifyReply(code);
        if (kind != SmtpFailureKind.Transient)
        {
            // A permanent refusal of the session or of our own sender address applies to every message alike.
            if (stage is SmtpStage.Connect or SmtpStage.Authenticate)
            {
                return Failure(SmtpFailureKind.Configuration, $"the SMTP server refused PipWatch {Describe(stage)}: {reply}");
            }

            if (command.ErrorCode == SmtpErrorCode.SenderNotAccepted && code != MessageTooLarge)
            {
                return Failure(SmtpFailureKind.Configuration, $"the SMTP server refused the sender address; check email.from_address: {reply}");
            }
        }

        var what = command.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => "recipient refused",
            SmtpErrorCode.SenderNotAccepted => "sender refused",
            SmtpErrorCode.MessageNotAccepted => "message refused",
            _ => $"unexpected reply {Describe(stage)}",
        };
        return Failure(kind, $"{what}: {reply}");
    }

    private static string Describe(SmtpStage stage) => stage switch
    {
        SmtpStage.Connect => "while connecting",
        SmtpStage.Authenticate => "while authenticating",
        SmtpStage.Envelope => "before any recipient accepted the message",
        _ => "while the message was being handed over",
    };

    private static SmtpFailure Failure(SmtpFailureKind kind, string reason) => new(kind, AddressRedaction.Redact(reason));
}
