namespace PipWatch.Core.Outcomes;

/// <summary>How a plan ended, per target, and the options for the manager's decision.</summary>
/// <param name="Targets">Every target in plan order.</param>
/// <param name="Gaps">The judged targets that were missed, biggest gap first: what a new plan or a readmission should prioritise.</param>
/// <param name="Options">The next steps to put to the manager: readmit and watch when passed; let go when failed; the three choices when partial.</param>
public sealed record PlanOutcome(
    OutcomeKind Kind,
    IReadOnlyList<TargetOutcome> Targets,
    IReadOnlyList<TargetOutcome> Gaps,
    IReadOnlyList<OffRampOption> Options);
