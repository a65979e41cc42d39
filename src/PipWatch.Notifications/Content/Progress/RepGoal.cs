using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Progress;

/// <summary>One of the rep's goals: last week, the plan to date, what it takes from here, and a candid word.</summary>
/// <param name="LastWeek">Last week against its share of the goal; null when it cannot be told.</param>
/// <param name="ToDate">The plan (or this week) to date against the goal.</param>
/// <param name="Needed">The daily rate that gets there from today; null when nothing more is needed.</param>
/// <param name="Message">Specific encouragement that never glosses over a gap.</param>
/// <param name="MustHave">False for goals that are tracked but do not decide the outcome.</param>
public sealed record RepGoal(
    string Label,
    bool MustHave,
    string Goal,
    string StatusText,
    string StatusColour,
    string? LastWeek,
    string ToDate,
    bool HasProgress,
    int ProgressPercent,
    string ProgressAlt,
    string? Projection,
    string? Needed,
    string Message,
    TrustedHtml? Chart);
