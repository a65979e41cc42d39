namespace PipWatch.Notifications.Content.Warnings;

/// <summary>The manager's warning that a rep who passed is falling below the plan's goals again.</summary>
/// <param name="Watch">The watch after the plan, e.g. "The plan passed on … ; PipWatch watches until …".</param>
public sealed record RelapseWarningEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Headline,
    string Watch,
    IReadOnlyList<RelapseLine> Targets,
    IReadOnlyList<string> NextSteps,
    string? SalesforceUrl);

/// <summary>One target of the passed plan, week by week since the end.</summary>
public sealed record RelapseLine(string Label, bool Relapsed, string Summary, IReadOnlyList<WeekLine> Weeks);

/// <summary>One week against the plan's goal prorated to it.</summary>
public sealed record WeekLine(string Week, string Value, string Goal, bool Hit, string Result, string ResultColour);
