using MimeKit;

namespace PipWatch.Pipeline;

/// <summary>An email's HTML body for a browser: its cid: images become data: URIs, as a mail client would show them.</summary>
public static class BrowserHtml
{
    public static string From(MimeMessage message)
    {
        var html = message.HtmlBody ?? $"<pre>{System.Net.WebUtility.HtmlEncode(message.TextBody ?? "")}</pre>";
        foreach (var part in message.BodyParts.OfType<MimePart>().Where(p => p.ContentId is not null && p.Content is not null))
        {
            using var buffer = new MemoryStream();
            part.Content!.DecodeTo(buffer);
            html = html.Replace($"cid:{part.ContentId}", $"data:{part.ContentType.MimeType};base64,{Convert.ToBase64String(buffer.ToArray())}", StringComparison.Ordinal);
        }

        return html;
    }
}
