using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>A target's status on one of the rep's local days, from the evaluation history (the day's last evaluation).</summary>
public sealed record StatusOnDay(string TargetId, DateOnly Day, TargetStatus Status);
