using PipWatch.Notifications.Content.Views;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Warnings;

/// <summary>The manager's warning that a must-have target fell behind, with what recovery takes.</summary>
/// <param name="Behind">How far behind, in figures.</param>
/// <param name="Recovery">The daily rate needed from today against the recent rate.</param>
public sealed record AtRiskWarningEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Headline,
    string Why,
    string Behind,
    string? Recovery,
    TargetLine Target,
    TrustedHtml? Chart,
    IReadOnlyList<string> NextSteps,
    IReadOnlyList<TargetLine> OtherTargets,
    string? SalesforceUrl);
