using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>The last at-risk warning created for a target: the status it warned about and when.</summary>
public sealed record LastWarning(string TargetId, TargetStatus Status, DateTimeOffset WarnedAt);
