namespace PipWatch.Storage.Notifications;

/// <summary>
/// A notification claimed for delivery. <paramref name="Attempt"/> is the fencing token: report the outcome with it,
/// and a report from a deliverer whose lease ran out (and whose row was claimed again) is ignored.
/// </summary>
public sealed record ClaimedNotification(
    long Id,
    int Attempt,
    string IdempotencyKey,
    string Kind,
    string? PipId,
    IReadOnlyList<string> Recipients,
    string MessageId,
    ReadOnlyMemory<byte> Mime,
    DateTimeOffset? ExpiresAt);
