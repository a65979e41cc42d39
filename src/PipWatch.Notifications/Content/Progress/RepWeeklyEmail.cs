namespace PipWatch.Notifications.Content.Progress;

/// <summary>A rep's own weekly progress: their targets only.</summary>
/// <param name="Position">Where the plan is, e.g. "Week 3 of 10 · 34 working days left".</param>
/// <param name="Updates">Milestones and plan changes since the last update (changes without the manager's reasons).</param>
public sealed record RepWeeklyEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Intro,
    string Position,
    string Summary,
    IReadOnlyList<RepGoal> Goals,
    IReadOnlyList<string> Updates,
    string Closing);
