using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Lifecycle;

/// <summary>The first working day after the start: has the 24-hour check-in happened?</summary>
public sealed record CheckInReminderEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Question,
    string Started,
    IReadOnlyList<string> Agenda,
    IReadOnlyList<TargetLine> Targets,
    string? SalesforceUrl);
