using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Mime;

/// <summary>Everything needed to build one message of the outbox.</summary>
/// <param name="IdempotencyKey">The outbox key (kind, PIP or recipient, period or milestone); it fixes the Message-Id.</param>
public sealed record OutgoingEmail(
    string IdempotencyKey,
    EmailAddress From,
    IReadOnlyList<EmailAddress> To,
    string Subject,
    RenderedEmail Content)
{
    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];

    public IReadOnlyList<InlineImage> Images { get; init; } = [];
}
