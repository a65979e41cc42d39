using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>A target whose status differs from the one it had when the reader's previous digest was due.</summary>
public sealed record StatusChange(string TargetId, TargetStatus From, TargetStatus To);
