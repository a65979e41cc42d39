namespace PipWatch.Core.Evaluation;

/// <summary>What the next evaluation needs to remember about a target (hysteresis and comebacks).</summary>
/// <param name="BandStatus">The status the pace and projection bands gave, when they were applied; hysteresis starts from it.</param>
/// <param name="RecoveringSince">After an at-risk or off-track spell: the first completed working day on track again.</param>
public sealed record TargetState(
    string TargetId,
    TargetStatus Status,
    StatusReason Reason,
    TargetStatus? BandStatus,
    DateOnly? RecoveringSince);
