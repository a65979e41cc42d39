using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content;

/// <summary>A rendered email ready for the outbox: addresses, subject, both bodies and the chart images they show.</summary>
public sealed record ComposedEmail(
    string IdempotencyKey,
    NotificationKind Kind,
    string? PipId,
    IReadOnlyList<EmailAddress> To,
    IReadOnlyList<EmailAddress> Cc,
    string Subject,
    RenderedEmail Content,
    IReadOnlyList<InlineImage> Images)
{
    public string Html => Content.Html;

    public string Text => Content.Text;

    /// <summary>The message to build and send, from the configured sender.</summary>
    public OutgoingEmail ToOutgoingEmail(EmailAddress from) =>
        new(IdempotencyKey, from, To, Subject, Content) { Cc = Cc, Images = Images };
}
