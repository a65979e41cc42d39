using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Milestones;
using PipWatch.Storage.Evaluations;

namespace PipWatch.Pipeline;

/// <summary>A plan evaluated at an instant, with what the notes about it need: its series, new milestones and yesterday's figures.</summary>
public sealed record EvaluatedPlan(
    ResolvedPlan Plan,
    PreparedPlan Prepared,
    PlanEvaluation Evaluation,
    IReadOnlyDictionary<string, DailySeries> Series,
    IReadOnlyList<Milestone> NewMilestones,
    IReadOnlyList<EvaluationRecord> PreviousDay);
