using System.Runtime.CompilerServices;
using MimeKit;
using PipWatch.Notifications.Delivery;
using PipWatch.Notifications.Mime;
using PipWatch.Pipeline;

namespace PipWatch.Demo;

/// <summary>
/// The demo's mail server: every message the outbox delivers lands in the output folder as <c>.eml</c> (what a mail
/// client opens) and <c>.html</c> (what a browser shows), by simulated day, and is listed for the index page.
/// </summary>
public sealed class DemoMailbox(string folder, TimeProvider clock) : IMailSender
{
    private readonly List<DemoMail> _delivered = [];

    public IReadOnlyList<DemoMail> Delivered => _delivered;

    public async IAsyncEnumerable<DeliveryResult> SendAsync(
        IReadOnlyList<MimeMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            var at = clock.GetUtcNow();
            var kind = message.Headers[RenderedHeaders.Kind] ?? "email";
            var day = at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var name = $"{at:HHmm}-{kind}-{_delivered.Count + 1:D4}";
            var directory = Path.Combine(folder, day);
            Directory.CreateDirectory(directory);
            var eml = Path.Combine(directory, name + ".eml");
            var html = Path.Combine(directory, name + ".html");
            await File.WriteAllBytesAsync(eml, MimeBytes.Serialize(message), cancellationToken);
            await File.WriteAllTextAsync(html, BrowserHtml.From(message), cancellationToken);
            _delivered.Add(new DemoMail(
                at,
                kind,
                message.Subject ?? "",
                string.Join(", ", message.To.Mailboxes.Select(m => m.Name is { Length: > 0 } n ? n : m.Address)),
                Path.GetRelativePath(folder, html),
                Path.GetRelativePath(folder, eml)));
            yield return new DeliveryResult(message.MessageId ?? name, DeliveryStatus.Sent, eml);
        }
    }
}

/// <summary>One email the demo delivered, for the index page and the summary.</summary>
public sealed record DemoMail(DateTimeOffset At, string Kind, string Subject, string To, string HtmlPath, string EmlPath);
