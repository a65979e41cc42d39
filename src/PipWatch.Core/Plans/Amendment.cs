namespace PipWatch.Core.Plans;

/// <summary>A dated change to a running plan. It applies from <see cref="EffectiveDate"/> (rep's local day) on.</summary>
public sealed record Amendment(
    DateOnly EffectiveDate,
    string Reason,
    DateOnly? NewEndDate,
    IReadOnlyList<GoalChange> GoalChanges,
    IReadOnlyList<Target> AddedTargets,
    IReadOnlyList<string> DroppedTargetIds);

/// <summary>A new goal for an existing target.</summary>
public sealed record GoalChange(string TargetId, double NewGoal);
