using PipWatch.Storage.Evaluations;

namespace PipWatch.Reporting;

/// <summary>A target's row on the last evaluated day, and whether it decides the outcome.</summary>
public sealed record FinalTarget(EvaluationRecord Row, bool MustHave);
