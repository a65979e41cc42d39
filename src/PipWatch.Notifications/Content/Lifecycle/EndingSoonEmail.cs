using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Lifecycle;

/// <summary>A few working days remain: where each goal is heading, and how to prepare the decision.</summary>
/// <param name="Outlooks">One line per target: on course, or what it still needs.</param>
public sealed record EndingSoonEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Headline,
    string Outlook,
    IReadOnlyList<string> Outlooks,
    IReadOnlyList<TargetLine> Targets,
    IReadOnlyList<string> Preparation,
    string? SalesforceUrl);
