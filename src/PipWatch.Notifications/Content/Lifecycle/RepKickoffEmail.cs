namespace PipWatch.Notifications.Content.Lifecycle;

/// <summary>The rep's kickoff: the goals, the pace they mean, and how the plan runs.</summary>
public sealed record RepKickoffEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string ManagerName,
    string DataAsOf,
    string Period,
    string Length,
    string Intro,
    IReadOnlyList<KickoffGoal> Goals,
    IReadOnlyList<string> HowItWorks,
    string Closing);
