using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>What an at-risk warning is about.</summary>
/// <param name="From">The target's status at the previous evaluation (not_started for the first one after grace).</param>
/// <param name="To">The status warned about: at_risk or off_track.</param>
/// <param name="LastWarned">The status of the target's previous warning, if there was one.</param>
/// <param name="IsWorsening">The status is worse than the one last warned about (sent at once, cooldown or not).</param>
public sealed record AtRiskChange(string TargetId, TargetStatus From, TargetStatus To, TargetStatus? LastWarned, bool IsWorsening);
