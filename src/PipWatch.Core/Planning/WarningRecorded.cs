using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>What the worker stores as the target's last warning when it enqueues the at-risk note carrying it.</summary>
public sealed record WarningRecorded(string PipId, string TargetId, TargetStatus Status, DateTimeOffset WarnedAt);
