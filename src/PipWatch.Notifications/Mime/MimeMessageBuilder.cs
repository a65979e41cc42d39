using System.Text.RegularExpressions;
using MimeKit;

namespace PipWatch.Notifications.Mime;

/// <summary>
/// Builds the MIME message for an outbox entry:
/// <c>multipart/alternative</c> of text/plain and, when there are images, <c>multipart/related</c> of text/html
/// and the inline PNGs. The Message-Id and the part boundaries derive from the idempotency key, so the same entry
/// always yields the same structure; the Date comes from the injected clock.
/// </summary>
public sealed partial class MimeMessageBuilder(TimeProvider timeProvider)
{
    public MimeMessage Build(OutgoingEmail email)
    {
        if (email.To.Count == 0)
        {
            throw new ArgumentException($"The email '{email.IdempotencyKey}' has no recipient.", nameof(email));
        }

        var from = email.From.ToMailbox("sender");
        var messageId = MessageIds.FromIdempotencyKey(email.IdempotencyKey, from.Address);
        var token = messageId[..16];

        var message = new MimeMessage
        {
            MessageId = messageId,
            Date = timeProvider.GetUtcNow(),
            Subject = SubjectLine.Clean(email.Subject),
            Body = BuildBody(email, token),
        };
        message.From.Add(from);
        message.To.AddRange(email.To.Select(address => address.ToMailbox("recipient")));
        message.Cc.AddRange(email.Cc.Select(address => address.ToMailbox("cc")));

        // RFC 3834, and Exchange's own header: out-of-office replies to a machine only add noise.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "OOF, AutoReply");
        return message;
    }

    private static MultipartAlternative BuildBody(OutgoingEmail email, string token)
    {
        var text = new TextPart("plain") { Text = email.Content.Text, ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        text.ContentType.Charset = "utf-8";
        var html = new TextPart("html") { Text = email.Content.Html, ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        html.ContentType.Charset = "utf-8";

        var alternative = new MultipartAlternative { Boundary = $"=_alt_{token}" };
        alternative.Add(text);
        if (email.Images.Count == 0)
        {
            alternative.Add(html);
            return alternative;
        }

        var related = new MultipartRelated { Boundary = $"=_rel_{token}" };
        related.Root = html;
        foreach (var image in email.Images)
        {
            related.Add(ImagePart(image, email.Content.Html, email.IdempotencyKey));
        }

        alternative.Add(related);
        return alternative;
    }

    private static MimePart ImagePart(InlineImage image, string html, string key)
    {
        if (!ContentIdPattern().IsMatch(image.ContentId))
        {
            throw new ArgumentException($"The inline image '{image.ContentId}' of '{key}' needs a Content-Id of letters, digits, and . _ - @ only.", nameof(image));
        }

        // An image the HTML never shows would appear as a stray attachment in many clients.
        if (!html.Contains($"cid:{image.ContentId}", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The inline image '{image.ContentId}' of '{key}' is not referenced as cid:{image.ContentId} in the HTML.", nameof(image));
        }

        var part = new MimePart("image", "png")
        {
            ContentId = image.ContentId,
            Content = new MimeContent(new MemoryStream(image.Png.ToArray(), writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = image.FileName },
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        return part;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._@-]+$")]
    private static partial Regex ContentIdPattern();
}
