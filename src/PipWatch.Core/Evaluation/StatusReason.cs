using System.Text.Json.Serialization;

namespace PipWatch.Core.Evaluation;

/// <summary>Why a target has its status; serialised as a snake_case key (e.g. <c>pace_below</c>).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<StatusReason>))]
public enum StatusReason
{
    /// <summary>The target has not started yet (before the plan start, or before the amendment that added it).</summary>
    BeforeStart,

    /// <summary>Fewer completed working days than the grace period.</summary>
    GracePeriod,

    /// <summary>A rate target whose sample is still below its minimum (at the end: counts as not met).</summary>
    MinSample,

    /// <summary>Pace on completed working days is below the at-risk or off-track threshold.</summary>
    PaceBelow,

    /// <summary>The projection at the end falls short of the off-track fraction of the goal.</summary>
    ProjectionBelow,

    /// <summary>The last completed week missed its goal.</summary>
    MissedWeek,

    /// <summary>The last two completed weeks both missed their goal.</summary>
    MissedWeeks,

    /// <summary>An at-most total already went over its limit on completed days.</summary>
    LimitExceeded,

    /// <summary>Back above a threshold but not yet by the hysteresis margin, so the worse status holds.</summary>
    Recovering,

    /// <summary>Pace and projection are fine.</summary>
    OnPace,

    /// <summary>The goal is reached (live data for at-least totals; at the end for the others).</summary>
    GoalReached,

    /// <summary>The plan ended without the goal reached.</summary>
    PlanEnded,
}
