using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Outcomes;

/// <summary>One target at the end of the plan.</summary>
/// <param name="Achieved">The final value (weekly targets: weeks hit; rate targets: the plan's value).</param>
/// <param name="Attainment">How close the target came, 1 meaning the goal (weekly: share of weeks hit; at-most: goal ÷ value); orders the gaps.</param>
/// <param name="Reason">Why it was met or not (goal_reached, plan_ended, limit_exceeded, min_sample).</param>
public sealed record TargetOutcome(
    string TargetId,
    string Metric,
    string Label,
    GoalKind Kind,
    Direction Direction,
    bool MustHave,
    double Goal,
    double? Achieved,
    double Attainment,
    bool Met,
    StatusReason Reason);
