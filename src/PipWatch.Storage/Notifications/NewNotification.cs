namespace PipWatch.Storage.Notifications;

/// <summary>
/// A rendered notification for the outbox. <paramref name="IdempotencyKey"/> names the occurrence (kind, PIP or
/// recipient, period or milestone) so planning it twice stores it once; <paramref name="Mime"/> is the complete
/// message with its deterministic <paramref name="MessageId"/>; the bodies are kept for reports. A null
/// <paramref name="ExpiresAt"/> means it never expires.
/// </summary>
public sealed record NewNotification(
    string IdempotencyKey,
    string Kind,
    string? PipId,
    IReadOnlyList<string> Recipients,
    string Subject,
    string MessageId,
    ReadOnlyMemory<byte> Mime,
    string? HtmlBody,
    string? TextBody,
    DateTimeOffset? ExpiresAt)
{
    internal void Validate()
    {
        var problem =
            string.IsNullOrWhiteSpace(IdempotencyKey) ? "it has no idempotency key"
            : string.IsNullOrWhiteSpace(Kind) ? "it has no kind"
            : Recipients.Count == 0 || Recipients.Any(string.IsNullOrWhiteSpace) ? "it needs at least one recipient and no blank ones"
            : string.IsNullOrWhiteSpace(MessageId) ? "it has no Message-Id"
            : Mime.IsEmpty ? "its MIME content is empty"
            : null;
        if (problem is not null)
        {
            throw new ArgumentException($"The notification '{IdempotencyKey}' cannot be stored: {problem}.");
        }
    }
}
