using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Planning;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Planning;

/// <summary>
/// Does what the worker does around the planner, in memory: evaluates the scenario's plan, records milestones and
/// the day's status, plans, and inserts each planned notification into an outbox keyed by its idempotency key
/// (a repeated key is dropped), recording warnings as they are enqueued.
/// </summary>
internal sealed class WorkerLoop(PlanScenario scenario, PersonRef rep, PersonRef manager)
{
    private readonly PreparedPlan _plan = scenario.Prepare();
    private readonly Dictionary<string, MilestoneFired> _milestones = [];
    private readonly Dictionary<(string Target, DateOnly Day), TargetStatus> _history = [];
    private readonly Dictionary<string, LastWarning> _warnings = [];
    private EvaluationState? _state;

    /// <summary>Every notification enqueued, with the instant it was first planned.</summary>
    public List<(DateTimeOffset At, PlannedNotification Note)> Outbox { get; } = [];

    public int Duplicates { get; private set; }

    public PlanningSchedule Schedule { get; init; } = new();

    /// <summary>Runs one planning cycle at <paramref name="now"/> and returns what the planner returned.</summary>
    public IReadOnlyList<PlannedNotification> Cycle(DateTimeOffset now)
    {
        var series = scenario.Series(now);
        var evaluation = PlanEvaluator.Evaluate(_plan, series, scenario.Thresholds, _state, now);
        _state = evaluation.State;
        foreach (var milestone in MilestoneDetector.Detect(evaluation, _milestones.Keys.ToHashSet(), scenario.Thresholds))
        {
            _milestones[milestone.Key] = new MilestoneFired(milestone, now);
        }

        foreach (var target in evaluation.Targets)
        {
            _history[(target.TargetId, evaluation.LocalDay)] = target.Status;
        }

        var input = new PlanningInput(now, [new PlanInput(scenario.Pip, rep)
        {
            Manager = manager,
            Evaluation = evaluation,
            LastSuccessfulPolls = evaluation.Targets.ToDictionary(t => t.Metric, _ => (DateTimeOffset?)now),
            Milestones = [.. _milestones.Values],
            Warnings = [.. _warnings.Values],
            StatusHistory = [.. _history.Select(h => new StatusOnDay(h.Key.Target, h.Key.Day, h.Value))],
        }])
        {
            Calendar = scenario.Calendar,
            Thresholds = scenario.Thresholds,
            Schedule = Schedule,
        };

        var planned = NotificationPlanner.Plan(input);
        foreach (var note in planned)
        {
            if (Outbox.Exists(o => o.Note.IdempotencyKey == note.IdempotencyKey))
            {
                Duplicates++;
                continue;
            }

            Outbox.Add((now, note));
            if (note.RecordWarning is { } warning)
            {
                _warnings[warning.TargetId] = new LastWarning(warning.TargetId, warning.Status, warning.WarnedAt);
            }
        }

        return planned;
    }

    /// <summary>Cycles every <paramref name="step"/> from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public WorkerLoop Run(DateTimeOffset from, DateTimeOffset to, TimeSpan step)
    {
        for (var now = from; now < to; now += step)
        {
            Cycle(now);
        }

        return this;
    }

    public string[] Keys(NotificationKind kind) => [.. Outbox.Where(o => o.Note.Kind == kind).Select(o => o.Note.IdempotencyKey)];
}
