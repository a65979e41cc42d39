namespace PipWatch.Notifications.Content.Lifecycle;

/// <summary>The manager's kickoff: the goals with the realism check, and what to do this week.</summary>
public sealed record ManagerKickoffEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Period,
    string Length,
    string RealismSummary,
    IReadOnlyList<KickoffGoal> Goals,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<string> Notes,
    string? SalesforceUrl);
