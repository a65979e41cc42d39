using PipWatch.Storage.Notifications;

namespace PipWatch.Storage.Reporting;

/// <summary>A manager digest that covered several plans: when, to whom and under which Message-Id (its content is left out).</summary>
public sealed record SharedDigest(
    long Id,
    IReadOnlyList<string> Recipients,
    string MessageId,
    NotificationStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
