namespace PipWatch.Storage.Evaluations;

/// <summary>
/// A target's evaluation on one day. <paramref name="Status"/> is the evaluator's status name (for example
/// <c>on_track</c>); figures the evaluator could not compute yet are null.
/// </summary>
public sealed record EvaluationRecord(
    string PipId,
    string TargetId,
    DateOnly Day,
    string Status,
    string? Reason,
    double Actual,
    double Goal,
    double? Expected,
    double? Pace,
    double? Projection,
    double? RequiredRate,
    DateTimeOffset EvaluatedAt);
