using System.Collections.ObjectModel;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Planning;

/// <summary>Everything the planner needs to know about one plan, as the worker has it at the planning instant.</summary>
/// <param name="Pip">The plan as written, with its amendments; the end date in force follows from them.</param>
/// <param name="Rep">The rep; the plan's days are the rep's local days.</param>
public sealed record PlanInput(Pip Pip, PersonRef Rep)
{
    /// <summary>Null when no manager could be resolved (ops are told, the rep's own mail continues).</summary>
    public PersonRef? Manager { get; init; }

    /// <summary>People the plan names as watchers, resolved; they get a digest of only the plans they watch.</summary>
    public IReadOnlyList<PersonRef> Watchers { get; init; } = [];

    /// <summary>The latest evaluation; null when the plan has never been evaluated.</summary>
    public PlanEvaluation? Evaluation { get; init; }

    /// <summary>
    /// Per metric name: the instant of its last successful poll, null when never polled. A target whose metric is
    /// missing here falls back to the evaluation's "data as of" time; a ratio metric should be given the older of
    /// its parts' polls.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset?> LastSuccessfulPolls { get; init; } = ReadOnlyDictionary<string, DateTimeOffset?>.Empty;

    /// <summary>Milestones fired for the plan (all of them, or those not yet notified: the outbox drops repeats).</summary>
    public IReadOnlyList<MilestoneFired> Milestones { get; init; } = [];

    /// <summary>The last warning of each warned target.</summary>
    public IReadOnlyList<LastWarning> Warnings { get; init; } = [];

    /// <summary>
    /// Daily statuses from the evaluation history, at least since the oldest last warning. They tell a recovery since a
    /// warning apart from a target that never recovered, and what changed since the previous digest.
    /// </summary>
    public IReadOnlyList<StatusOnDay> StatusHistory { get; init; } = [];

    /// <summary>The relapse check after a passed plan, while it is watched; null otherwise.</summary>
    public RelapseReport? Relapse { get; init; }
}
