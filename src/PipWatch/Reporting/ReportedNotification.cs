using PipWatch.Storage.Notifications;

namespace PipWatch.Reporting;

/// <summary>
/// A notification of the plan as the outbox holds it, with what its stored message adds: the recipients' display
/// names, the HTML body with its images inlined as data: URIs, and the recipients the mail server refused.
/// </summary>
public sealed record ReportedNotification(
    NotificationRecord Record,
    IReadOnlyList<NamedAddress> Recipients,
    string? ViewableHtml,
    IReadOnlyList<string> RefusedRecipients);
