using System.Text.Json;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Milestones;
using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Metrics;
using PipWatch.Storage.Milestones;
using PipWatch.Storage.Polling;
using PipWatch.Telemetry;

namespace PipWatch.Pipeline;

/// <summary>
/// Evaluates every resolved plan from the stored values, keeps the state the next evaluation needs (hysteresis,
/// comebacks), the day's figures for history and charts, and the milestones newly reached (each recorded once).
/// A plan that cannot be evaluated is logged and skipped; the others go on.
/// </summary>
public sealed partial class EvaluationStep(
    MetricValueStore values,
    MetricPollStatusStore pollStatuses,
    EvaluationStateStore states,
    EvaluationHistoryStore history,
    MilestoneStore milestones,
    PipWatchMetrics metrics,
    TimeProvider time,
    ILogger<EvaluationStep> logger)
{
    /// <param name="persist">False for read-only callers such as <c>pipwatch status</c>: nothing is stored and no milestone fires.</param>
    public Task<IReadOnlyList<EvaluatedPlan>> RunAsync(
        PipWatchSettings settings, IReadOnlyList<ResolvedPlan> plans, CancellationToken cancellationToken, bool persist = true) =>
        PipWatchTracing.InSpanAsync("pipwatch.evaluate", async span =>
        {
            var evaluated = await EvaluateAsync(settings, plans, persist, cancellationToken);
            metrics.PlansEvaluated(evaluated.Select(e => e.Evaluation.Status));
            span?.SetTag("pipwatch.plans", plans.Count);
            span?.SetTag("pipwatch.plans.evaluated", evaluated.Count);
            span?.SetTag("pipwatch.milestones", evaluated.Sum(e => e.NewMilestones.Count));
            return evaluated;
        });

    private async Task<IReadOnlyList<EvaluatedPlan>> EvaluateAsync(
        PipWatchSettings settings, IReadOnlyList<ResolvedPlan> plans, bool persist, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var catalog = new MetricCatalog(settings.Metrics.Values);
        var dataAsOf = (await pollStatuses.GetAllAsync(cancellationToken))
            .Where(s => s.LastSuccessAt is not null)
            .ToDictionary(s => s.Metric, s => s.LastSuccessAt!.Value, StringComparer.Ordinal);
        var valuesByRep = await ReadValuesAsync(plans, catalog, now, cancellationToken);

        var evaluated = new List<EvaluatedPlan>(plans.Count);
        foreach (var plan in plans)
        {
            if (plan.RepUserId is not { } rep)
            {
                continue;
            }

            PreparedPlan prepared;
            try
            {
                prepared = PreparedPlan.Create(plan.Pip, settings.Calendar, plan.Zone, catalog);
            }
            catch (ArgumentException ex)
            {
                Log.CannotEvaluate(logger, plan.Pip.Id, plan.Pip.SourceFile, ex.Message);
                continue;
            }

            var series = DailySeries.ByMetric(valuesByRep.TryGetValue(rep, out var own) ? own : [], dataAsOf);
            var previous = await ReadStateAsync(plan.Pip.Id, cancellationToken);
            var evaluation = PlanEvaluator.Evaluate(prepared, series, settings.Thresholds, previous, now);
            IReadOnlyList<Milestone> fresh = [];
            if (persist)
            {
                await states.SetAsync(plan.Pip.Id, JsonSerializer.Serialize(evaluation.State), now, cancellationToken);
                await history.UpsertAsync([.. evaluation.Targets.Select(t => Record(evaluation, t, now))], cancellationToken);
                fresh = await RecordMilestonesAsync(evaluation, settings, now, cancellationToken);
            }

            var previousDay = await history.GetLatestBeforeAsync(plan.Pip.Id, evaluation.LocalDay, cancellationToken);
            evaluated.Add(new EvaluatedPlan(plan, prepared, evaluation, series, fresh, previousDay));
        }

        Log.Evaluated(logger, evaluated.Count, plans.Count);
        return evaluated;
    }

    /// <summary>One read for all reps: from the earliest start to the latest local today.</summary>
    private async Task<Dictionary<string, List<DailyMetricValue>>> ReadValuesAsync(
        IReadOnlyList<ResolvedPlan> plans, MetricCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var withRep = plans.Where(p => p.RepUserId is not null).ToList();
        if (withRep.Count == 0)
        {
            return [];
        }

        var from = withRep.Min(p => p.Pip.Start);
        var to = withRep.Max(p => TimeZones.LocalDay(now, p.Zone));
        if (to < from)
        {
            return [];
        }

        var window = new MetricWindow(
            withRep.Select(p => p.RepUserId!).ToHashSet(StringComparer.Ordinal),
            catalog.All.Select(m => m.Name).ToList(),
            from,
            to);
        return (await values.ReadAsync(window, cancellationToken))
            .GroupBy(v => v.RepUserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    private async Task<EvaluationState?> ReadStateAsync(string pipId, CancellationToken cancellationToken)
    {
        if (await states.GetAsync(pipId, cancellationToken) is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<EvaluationState>(json);
        }
        catch (JsonException ex)
        {
            // A state written by an incompatible version only costs hysteresis for one evaluation.
            Log.StateUnreadable(logger, pipId, ex.Message);
            return null;
        }
    }

    private async Task<IReadOnlyList<Milestone>> RecordMilestonesAsync(
        PlanEvaluation evaluation, PipWatchSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fired = (await milestones.GetAsync(evaluation.PipId, cancellationToken)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var fresh = new List<Milestone>();
        foreach (var milestone in MilestoneDetector.Detect(evaluation, fired, settings.Thresholds))
        {
            var record = new FiredMilestone(evaluation.PipId, milestone.Key, now, JsonSerializer.Serialize(milestone));
            if (await milestones.TryRecordAsync(record, cancellationToken))
            {
                fresh.Add(milestone);
                Log.Milestone(logger, evaluation.PipId, milestone.Key);
            }
        }

        return fresh;
    }

    private static EvaluationRecord Record(PlanEvaluation plan, TargetEvaluation target, DateTimeOffset now) => new(
        plan.PipId,
        target.TargetId,
        plan.LocalDay,
        target.Status.ToKey(),
        target.Reason.ToKey(),
        target.Actual ?? 0,
        target.Goal,
        target.Expected,
        target.Pace,
        target.Projection,
        target.RequiredDailyRate,
        now);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "PIP {PipId} ({File}) cannot be evaluated: {Reason}")]
        public static partial void CannotEvaluate(ILogger logger, string pipId, string file, string reason);

        [LoggerMessage(2, LogLevel.Warning, "PIP {PipId}: the stored evaluation state cannot be read ({Reason}); starting afresh")]
        public static partial void StateUnreadable(ILogger logger, string pipId, string reason);

        [LoggerMessage(3, LogLevel.Information, "PIP {PipId} reached milestone {Milestone}")]
        public static partial void Milestone(ILogger logger, string pipId, string milestone);

        [LoggerMessage(4, LogLevel.Information, "Evaluated {Evaluated} of {Plans} plans")]
        public static partial void Evaluated(ILogger logger, int evaluated, int plans);
    }
}
