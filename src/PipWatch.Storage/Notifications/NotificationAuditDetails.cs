namespace PipWatch.Storage.Notifications;

/// <summary>The details of a notification's audit entries: identifiers and outcomes, never content or addresses.</summary>
internal sealed record NotificationAuditDetails(
    long NotificationId,
    string IdempotencyKey,
    string Kind,
    string MessageId,
    int? Attempt = null,
    string? SmtpResponse = null,
    string? Error = null);
