using System.Text;
using PipWatch.Storage.Notifications;

namespace PipWatch.Storage.Tests.Notifications;

/// <summary>Builds outbox rows for tests.</summary>
internal static class Notifications
{
    public static NewNotification Digest(string key, string? pipId = "pip-1", DateTimeOffset? expiresAt = null) => new(
        key,
        "manager_digest",
        pipId,
        ["manager@example.com", "hr@example.com"],
        $"Daily digest {key}",
        $"<{key}@pipwatch.example.com>",
        Encoding.UTF8.GetBytes($"Message-Id: <{key}@pipwatch.example.com>\r\nSubject: Daily digest\r\n\r\nHello.\r\n"),
        "<p>Hello.</p>",
        "Hello.",
        expiresAt);
}
