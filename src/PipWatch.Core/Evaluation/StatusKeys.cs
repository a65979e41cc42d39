namespace PipWatch.Core.Evaluation;

/// <summary>The machine-readable keys of statuses and reasons, as used in JSON, logs and templates.</summary>
public static class StatusKeys
{
    public static string ToKey(this TargetStatus status) => status switch
    {
        TargetStatus.NotStarted => "not_started",
        TargetStatus.Met => "met",
        TargetStatus.OnTrack => "on_track",
        TargetStatus.AtRisk => "at_risk",
        TargetStatus.OffTrack => "off_track",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown target status."),
    };

    public static string ToKey(this StatusReason reason) => reason switch
    {
        StatusReason.BeforeStart => "before_start",
        StatusReason.GracePeriod => "grace_period",
        StatusReason.MinSample => "min_sample",
        StatusReason.PaceBelow => "pace_below",
        StatusReason.ProjectionBelow => "projection_below",
        StatusReason.MissedWeek => "missed_week",
        StatusReason.MissedWeeks => "missed_weeks",
        StatusReason.LimitExceeded => "limit_exceeded",
        StatusReason.Recovering => "recovering",
        StatusReason.OnPace => "on_pace",
        StatusReason.GoalReached => "goal_reached",
        StatusReason.PlanEnded => "plan_ended",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown status reason."),
    };

    public static string ToKey(this PlanPhase phase) => phase switch
    {
        PlanPhase.NotStarted => "not_started",
        PlanPhase.Running => "running",
        PlanPhase.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown plan phase."),
    };

    /// <summary>True for statuses a warning is about.</summary>
    public static bool IsBehind(this TargetStatus status) => status is TargetStatus.AtRisk or TargetStatus.OffTrack;
}
