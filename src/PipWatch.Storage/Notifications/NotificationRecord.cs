namespace PipWatch.Storage.Notifications;

/// <summary>A stored notification with its delivery history (the MIME content is left out).</summary>
public sealed record NotificationRecord(
    long Id,
    string IdempotencyKey,
    string Kind,
    string? PipId,
    IReadOnlyList<string> Recipients,
    string Subject,
    string MessageId,
    string? HtmlBody,
    string? TextBody,
    NotificationStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LeaseUntil,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? SmtpResponse,
    string? LastError);
