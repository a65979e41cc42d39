using System.Text.Json;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Planning;
using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Milestones;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Polling;
using PipWatch.Telemetry;

namespace PipWatch.Pipeline;

/// <summary>
/// Decides who is due what (the pure planner), renders each new notification once and stores it in the outbox under
/// its idempotency key. Planning again finds the key taken and skips it, so no run ever creates a duplicate.
/// </summary>
public sealed partial class PlanStep(
    NotificationRenderer renderer,
    NotificationOutbox outbox,
    NotificationQueries queries,
    MilestoneStore milestones,
    TargetWarningStore warnings,
    EvaluationHistoryStore history,
    MetricPollStatusStore pollStatuses,
    TimeProvider time,
    ILogger<PlanStep> logger)
{
    public Task<PlanSummary> RunAsync(
        PipWatchSettings settings, IReadOnlyList<ResolvedPlan> plans, IReadOnlyList<EvaluatedPlan> evaluated, CancellationToken cancellationToken) =>
        PipWatchTracing.InSpanAsync("pipwatch.plan", async span =>
        {
            var summary = await PlanAsync(settings, plans, evaluated, cancellationToken);
            span?.SetTag("pipwatch.notifications.due", summary.Due);
            span?.SetTag("pipwatch.notifications.created", summary.Created);
            span?.SetTag("pipwatch.notifications.render_failures", summary.RenderFailures);
            return summary;
        });

    private async Task<PlanSummary> PlanAsync(
        PipWatchSettings settings, IReadOnlyList<ResolvedPlan> plans, IReadOnlyList<EvaluatedPlan> evaluated, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var byPip = evaluated.ToDictionary(e => e.Plan.Pip.Id, StringComparer.Ordinal);
        var polls = (await pollStatuses.GetAllAsync(cancellationToken)).ToDictionary(s => s.Metric, s => s.LastSuccessAt, StringComparer.Ordinal);
        var inputs = new List<PlanInput>(plans.Count);
        foreach (var plan in plans)
        {
            if (People.Rep(plan) is { } rep)
            {
                byPip.TryGetValue(plan.Pip.Id, out var evaluation);
                inputs.Add(await InputAsync(plan, rep, evaluation, polls, settings, now, cancellationToken));
            }
        }

        var input = new PlanningInput(now, inputs)
        {
            Schedule = new PlanningSchedule
            {
                DigestTime = settings.Schedules.ManagerDigestTime,
                DigestLatestTime = settings.Schedules.ManagerDigestLatestTime,
                RepWeeklyDay = settings.Schedules.RepWeeklyDay,
                RepWeeklyTime = settings.Schedules.RepWeeklyTime,
            },
            Calendar = settings.Calendar,
            Thresholds = settings.Thresholds,
            CcManagerOnCelebrations = settings.Email.CcManagerOnCelebrations,
            CopyRepOnAtRiskWarnings = settings.Email.CopyRepOnAtRiskWarnings,
            Ops = settings.Email.OpsAddress is { Length: > 0 } ops ? new PersonRef(ops, "PipWatch operations", ops, "UTC", "en_US", true) : null,
        };

        var due = NotificationPlanner.Plan(input);
        var created = new Dictionary<NotificationKind, int>();
        var stored = new List<CreatedNotification>();
        var failures = 0;
        foreach (var notification in due)
        {
            if (notification.To.Count == 0)
            {
                Log.NoRecipient(logger, notification.Kind, notification.IdempotencyKey, notification.Problem?.ToString() ?? "no recipient");
                continue;
            }

            if (await queries.ExistsAsync(notification.IdempotencyKey, cancellationToken))
            {
                continue;
            }

            NewNotification rendered;
            try
            {
                rendered = renderer.Render(notification, byPip, settings);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One note that cannot be rendered must not hold back every other; it is retried next run.
                Log.RenderFailed(logger, ex, notification.Kind, notification.IdempotencyKey);
                failures++;
                continue;
            }

            if (await outbox.EnqueueAsync(rendered, now, cancellationToken))
            {
                created[notification.Kind] = created.GetValueOrDefault(notification.Kind) + 1;
                stored.Add(new CreatedNotification(notification, rendered));
                if (notification.RecordWarning is { } warning)
                {
                    await warnings.RecordAsync(new TargetWarning(warning.PipId, warning.TargetId, warning.Status.ToKey(), now), cancellationToken);
                }
            }
        }

        var total = created.Values.Sum();
        Log.Planned(logger, due.Count, total, failures);
        return new PlanSummary(due.Count, total, created, failures) { Notifications = stored };
    }

    private async Task<PlanInput> InputAsync(
        ResolvedPlan plan,
        PersonRef rep,
        EvaluatedPlan? evaluated,
        IReadOnlyDictionary<string, DateTimeOffset?> polls,
        PipWatchSettings settings,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var pipId = plan.Pip.Id;
        var fired = await milestones.GetAsync(pipId, cancellationToken);
        var lastWarnings = await warnings.GetLastForPipAsync(pipId, cancellationToken);
        var statuses = await history.GetStatusesAsync(pipId, cancellationToken);
        RelapseReport? relapse = null;
        if (evaluated is { Evaluation: { Phase: PlanPhase.Ended, Outcome.Kind: OutcomeKind.Passed } })
        {
            relapse = RelapseWatch.Check(evaluated.Prepared, evaluated.Series, settings.Thresholds, now);
        }

        return new PlanInput(plan.Pip, rep)
        {
            Manager = People.Manager(plan),
            Watchers = People.Watchers(plan),
            Evaluation = evaluated?.Evaluation,
            LastSuccessfulPolls = LastPolls(settings, polls),
            Milestones = [.. fired.Select(ToFired).OfType<MilestoneFired>()],
            Warnings = [.. lastWarnings.Select(w => new LastWarning(w.TargetId, TargetStatusParser.Parse(w.Status, $"warning of {pipId}/{w.TargetId}"), w.WarnedAt))],
            StatusHistory = [.. statuses.Select(s => new StatusOnDay(s.TargetId, s.Day, TargetStatusParser.Parse(s.Status, $"evaluation history of {pipId}")))],
            Relapse = relapse,
        };
    }

    /// <summary>Per metric, its last successful poll; a ratio takes the older of its parts'.</summary>
    private static Dictionary<string, DateTimeOffset?> LastPolls(PipWatchSettings settings, IReadOnlyDictionary<string, DateTimeOffset?> polls)
    {
        var result = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var metric in settings.Metrics.Values)
        {
            result[metric.Name] = metric switch
            {
                Core.Metrics.RatioMetric ratio => Older(polls.GetValueOrDefault(ratio.Numerator), polls.GetValueOrDefault(ratio.Denominator)),
                _ => polls.GetValueOrDefault(metric.Name),
            };
        }

        return result;

        static DateTimeOffset? Older(DateTimeOffset? a, DateTimeOffset? b) => a is null || b is null ? null : a < b ? a : b;
    }

    private static MilestoneFired? ToFired(FiredMilestone fired) =>
        fired.DetailsJson is { } json && JsonSerializer.Deserialize<Milestone>(json) is { } milestone
            ? new MilestoneFired(milestone, fired.FiredAt)
            : null;


    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "{Kind} {Key} has nobody to go to: {Problem}")]
        public static partial void NoRecipient(ILogger logger, NotificationKind kind, string key, string problem);

        [LoggerMessage(2, LogLevel.Error, "{Kind} {Key} could not be rendered; it will be tried again at the next planning run")]
        public static partial void RenderFailed(ILogger logger, Exception exception, NotificationKind kind, string key);

        [LoggerMessage(3, LogLevel.Information, "Planning: {Due} notifications due, {Created} new in the outbox, {Failures} could not be rendered")]
        public static partial void Planned(ILogger logger, int due, int created, int failures);
    }
}
