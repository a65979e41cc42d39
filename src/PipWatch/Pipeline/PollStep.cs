using PipWatch.Configuration.Settings;
using PipWatch.Core.Calendar;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce;
using PipWatch.Salesforce.Metrics;
using PipWatch.Sources;
using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Metrics;
using PipWatch.Storage.Polling;
using PipWatch.Telemetry;

namespace PipWatch.Pipeline;

/// <summary>
/// Reads new and restated metric values for every rep in scope and stores them. A first poll of a plan reads from its
/// start; later polls read from the watermark minus the restatement window, because reps log activities late.
/// Running out of API budget stops the poll cleanly: what was stored stays, and the next cycle carries on.
/// </summary>
public sealed partial class PollStep(
    IOrgSource source,
    MetricValueStore values,
    PollRunStore runs,
    MetricPollStatusStore pollStatuses,
    EvaluationStateStore states,
    PipWatchMetrics metrics,
    TimeProvider time,
    ILogger<PollStep> logger)
{
    public Task<PollSummary> RunAsync(PipWatchSettings settings, IReadOnlyList<ResolvedPlan> plans, CancellationToken cancellationToken) =>
        PipWatchTracing.InSpanAsync("pipwatch.poll", async span =>
        {
            var started = time.GetTimestamp();
            var outcome = PollOutcome.Failed;
            try
            {
                var summary = await PollAsync(settings, plans, cancellationToken);
                outcome = summary.Outcome;
                span?.SetTag("pipwatch.poll.outcome", PipWatchMetrics.Key(summary.Outcome));
                span?.SetTag("pipwatch.reps", summary.Reps);
                span?.SetTag("pipwatch.values", summary.Values);
                span?.SetTag("pipwatch.api_calls", summary.ApiCalls);
                return summary;
            }
            finally
            {
                metrics.PollFinished(outcome, time.GetElapsedTime(started));
            }
        });

    private async Task<PollSummary> PollAsync(PipWatchSettings settings, IReadOnlyList<ResolvedPlan> plans, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queryMetrics = settings.Metrics.Values.OfType<QueryMetric>().ToList();
        var watermark = await OldestWatermarkAsync(queryMetrics, cancellationToken);
        var windows = await WindowsAsync(plans, now, watermark, settings.Thresholds.RestatementDays, cancellationToken);
        if (windows.Count == 0 || queryMetrics.Count == 0)
        {
            Log.NothingToPoll(logger);
            return new PollSummary(PollOutcome.Succeeded, 0, 0, 0, null);
        }

        var from = windows.Min(w => w.Days.First);
        var to = windows.Max(w => w.Days.Last);
        var runId = await runs.StartAsync(now, from, to, cancellationToken);
        Log.Polling(logger, windows.Count, queryMetrics.Count, from, to);
        try
        {
            var result = await source.FetchAsync(windows, queryMetrics, cancellationToken);
            var metricNames = queryMetrics.Select(m => m.Name).ToList();
            var stored = 0;
            foreach (var group in windows.GroupBy(w => w.Days))
            {
                var reps = group.Select(w => w.UserId).ToHashSet(StringComparer.Ordinal);
                var window = new MetricWindow(reps, metricNames, group.Key.First, group.Key.Last);
                var inWindow = result.Values.Where(v => window.Contains(v.RepUserId, v.Metric, v.Day)).ToList();
                stored += await values.ReplaceWindowAsync(window, inWindow, now, cancellationToken);
            }

            foreach (var metric in queryMetrics)
            {
                await pollStatuses.RecordSuccessAsync(metric.Name, now, to, cancellationToken);
            }

            var usage = result.Usage;
            await runs.FinishAsync(runId, Finished(PollOutcome.Succeeded, result.ApiCalls, usage?.Used, usage?.Allowed, null), cancellationToken);
            Log.Polled(logger, result.Values.Count, stored, result.ApiCalls);
            return new PollSummary(PollOutcome.Succeeded, windows.Count, result.Values.Count, result.ApiCalls, null);
        }
        catch (SalesforceUsageLimitException ex)
        {
            Log.StoppedAtLimit(logger, ex.Message);
            await runs.FinishAsync(runId, Finished(PollOutcome.StoppedAtLimit, 0, ex.Usage?.Used, ex.Usage?.Allowed, ex.Message), CancellationToken.None);
            return new PollSummary(PollOutcome.StoppedAtLimit, windows.Count, 0, 0, ex.Message);
        }
        catch (SalesforceException ex)
        {
            Log.Failed(logger, ex);
            foreach (var metric in queryMetrics)
            {
                await pollStatuses.RecordFailureAsync(metric.Name, now, ex.Message, CancellationToken.None);
            }

            await runs.FinishAsync(runId, Finished(PollOutcome.Failed, 0, null, null, ex.Message), CancellationToken.None);
            return new PollSummary(PollOutcome.Failed, windows.Count, 0, 0, ex.Message);
        }

        PollRunResult Finished(PollOutcome outcome, int calls, long? used, long? allowed, string? error) => new(
            time.GetUtcNow(),
            outcome,
            calls,
            used is { } u ? (int)Math.Min(u, int.MaxValue) : null,
            allowed is { } a ? (int)Math.Min(a, int.MaxValue) : null,
            error is null ? new Dictionary<string, string>() : queryMetrics.ToDictionary(m => m.Name, _ => error));
    }

    /// <summary>The oldest watermark over the metrics; null when any metric has never been read, so its history is read in full.</summary>
    private async Task<DateOnly?> OldestWatermarkAsync(IReadOnlyList<QueryMetric> metrics, CancellationToken cancellationToken)
    {
        var byMetric = (await pollStatuses.GetAllAsync(cancellationToken)).ToDictionary(s => s.Metric, StringComparer.Ordinal);
        DateOnly? oldest = null;
        foreach (var metric in metrics)
        {
            if (!byMetric.TryGetValue(metric.Name, out var status) || status.WatermarkDay is not { } mark)
            {
                return null;
            }

            oldest = oldest is { } o && o < mark ? o : mark;
        }

        return oldest;
    }

    /// <summary>One window per rep (several plans of one rep merge into one range).</summary>
    private async Task<IReadOnlyList<RepWindow>> WindowsAsync(
        IReadOnlyList<ResolvedPlan> plans, DateTimeOffset now, DateOnly? watermark, int restatementDays, CancellationToken cancellationToken)
    {
        var byRep = new Dictionary<string, RepWindow>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (plan.RepUserId is not { } rep)
            {
                continue;
            }

            var today = TimeZones.LocalDay(now, plan.Zone);
            var firstPoll = await states.GetAsync(plan.Pip.Id, cancellationToken) is null;
            if (PollWindow.Compute(plan.Pip.Start, firstPoll ? null : watermark, today, restatementDays) is not { } days)
            {
                continue;
            }

            byRep[rep] = byRep.TryGetValue(rep, out var existing)
                ? existing with { Days = new DateRange(Min(existing.Days.First, days.First), Max(existing.Days.Last, days.Last)) }
                : new RepWindow(rep, plan.Zone.Id, days);
        }

        return [.. byRep.Values];
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Nothing to poll: no rep on a plan in scope")]
        public static partial void NothingToPoll(ILogger logger);

        [LoggerMessage(2, LogLevel.Information, "Polling {Reps} reps × {Metrics} metrics, {From} to {To}")]
        public static partial void Polling(ILogger logger, int reps, int metrics, DateOnly from, DateOnly to);

        [LoggerMessage(3, LogLevel.Information, "Poll read {Values} daily values ({Changed} changed) in {Calls} API calls")]
        public static partial void Polled(ILogger logger, int values, int changed, int calls);

        [LoggerMessage(4, LogLevel.Warning, "Poll stopped to stay within the org's API budget: {Reason}. The next cycle carries on.")]
        public static partial void StoppedAtLimit(ILogger logger, string reason);

        [LoggerMessage(5, LogLevel.Error, "Poll failed; figures stay as they were and will show as stale if this goes on")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
