using PipWatch.Core.Evaluation;
using PipWatch.Core.Outcomes;

namespace PipWatch.Notifications.Content.Formatting;

/// <summary>How statuses read and look. Colours are mid-tones that stay legible with white text in light and dark mode.</summary>
internal static class StatusText
{
    public static string Label(TargetStatus status, StatusReason reason) => status switch
    {
        TargetStatus.NotStarted when reason == StatusReason.GracePeriod => "Too early to judge",
        TargetStatus.NotStarted when reason == StatusReason.MinSample => "Not enough data yet",
        TargetStatus.NotStarted => "Not started",
        TargetStatus.Met => "Goal met",
        TargetStatus.OnTrack => "On track",
        TargetStatus.AtRisk => "At risk",
        TargetStatus.OffTrack when reason == StatusReason.PlanEnded => "Missed",
        TargetStatus.OffTrack => "Off track",
        _ => status.ToKey(),
    };

    /// <summary>The status inside a sentence: "was at risk".</summary>
    public static string Phrase(TargetStatus status) => status switch
    {
        TargetStatus.NotStarted => "not started",
        TargetStatus.Met => "met",
        TargetStatus.OnTrack => "on track",
        TargetStatus.AtRisk => "at risk",
        TargetStatus.OffTrack => "off track",
        _ => status.ToKey(),
    };

    public static string Colour(TargetStatus status) => status switch
    {
        TargetStatus.Met => "#2f6fde",
        TargetStatus.OnTrack => "#1f7a4d",
        TargetStatus.AtRisk => "#a85f00",
        TargetStatus.OffTrack => "#b42318",
        _ => "#5f6b7a",
    };

    public static string Outcome(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Passed => "Passed",
        OutcomeKind.Failed => "Not passed",
        OutcomeKind.Partial => "Partly met",
        _ => kind.ToString(),
    };

    public static string OutcomeColour(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Passed => Colour(TargetStatus.OnTrack),
        OutcomeKind.Failed => Colour(TargetStatus.OffTrack),
        _ => Colour(TargetStatus.AtRisk),
    };

    /// <summary>Why a target has its status, for managers.</summary>
    public static string Reason(StatusReason reason) => reason switch
    {
        StatusReason.BeforeStart => "the target has not started yet",
        StatusReason.GracePeriod => "the first working days of a plan are not judged",
        StatusReason.MinSample => "too few records to judge yet",
        StatusReason.PaceBelow => "behind the pace the goal needs",
        StatusReason.ProjectionBelow => "on course to finish well short of the goal",
        StatusReason.MissedWeek => "last week's goal was missed",
        StatusReason.MissedWeeks => "the last two weeks' goals were missed",
        StatusReason.LimitExceeded => "already over its limit",
        StatusReason.Recovering => "improving, but not yet clear of the threshold",
        StatusReason.OnPace => "keeping the pace the goal needs",
        StatusReason.GoalReached => "the goal is reached",
        StatusReason.PlanEnded => "the plan ended before the goal was reached",
        _ => reason.ToKey(),
    };
}
