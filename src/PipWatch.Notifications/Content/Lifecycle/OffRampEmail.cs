using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Lifecycle;

/// <summary>The off-ramp report: how the plan ended, per target, and the next step to decide.</summary>
/// <param name="Options">The options to choose from: one for passed and failed, three for partial.</param>
public sealed record OffRampEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Period,
    string OutcomeText,
    string OutcomeColour,
    string Summary,
    IReadOnlyList<OutcomeLine> Targets,
    string Recommendation,
    IReadOnlyList<OptionNote> Options,
    string DecisionNote,
    string? SalesforceUrl);

/// <summary>One target at the end of the plan.</summary>
public sealed record OutcomeLine(string Label, bool MustHave, string Goal, string Achieved, string Result, string ResultColour, string Note, TrustedHtml? Chart);

/// <summary>One next step the manager may choose.</summary>
public sealed record OptionNote(string Name, string Description);
