using PipWatch.Configuration.Settings;
using PipWatch.Telemetry;

namespace PipWatch.Pipeline;

/// <summary>
/// The worker's cycle, in the steps the recurring jobs run: poll and evaluate; plan notifications (evaluating again
/// from stored values, so statuses are as of the planning instant); deliver. <see cref="RunOnceAsync"/> runs them all.
/// </summary>
public sealed partial class Cycle(
    ConfigurationSource configuration,
    PlanResolver resolver,
    PollStep poll,
    EvaluationStep evaluate,
    PlanStep plan,
    DeliveryStep deliver,
    OutboxBacklog backlog,
    PlanFileAudit fileAudit,
    TimeProvider time,
    ILogger<Cycle> logger) : IDisposable
{
    private static readonly TimeSpan PeopleMaxAge = TimeSpan.FromHours(1);
    private readonly SemaphoreSlim _peopleGate = new(1, 1);
    private (DateTimeOffset At, string Key, IReadOnlyList<ResolvedPlan> Plans)? _people;

    public Task<PollSummary> PollAndEvaluateAsync(CancellationToken cancellationToken) =>
        PipWatchTracing.InSpanAsync("pipwatch.poll_and_evaluate", async _ =>
        {
            var (settings, plans) = await ResolveAsync(refresh: true, cancellationToken);
            await fileAudit.RecordAsync(configuration.Current().Pips, cancellationToken);
            var summary = await poll.RunAsync(settings, plans, cancellationToken);
            await evaluate.RunAsync(settings, plans, cancellationToken);
            return summary;
        });

    public Task<PlanSummary> PlanAsync(CancellationToken cancellationToken) =>
        PipWatchTracing.InSpanAsync("pipwatch.plan_notifications", async _ =>
        {
            var (settings, plans) = await ResolveAsync(refresh: false, cancellationToken);
            var evaluated = await evaluate.RunAsync(settings, plans, cancellationToken);
            var summary = await plan.RunAsync(settings, plans, evaluated, cancellationToken);
            await backlog.RefreshAsync(cancellationToken);
            return summary;
        });

    public async Task<DeliverySummary> DeliverAsync(CancellationToken cancellationToken)
    {
        var summary = await deliver.RunAsync(configuration.Current().Settings.Email, cancellationToken);
        await backlog.RefreshAsync(cancellationToken);
        return summary;
    }

    /// <summary>Where every plan in scope stands now, from stored values; stores nothing.</summary>
    public async Task<IReadOnlyList<EvaluatedPlan>> StatusAsync(CancellationToken cancellationToken)
    {
        var (settings, plans) = await ResolveAsync(refresh: false, cancellationToken);
        return await evaluate.RunAsync(settings, plans, cancellationToken, persist: false);
    }

    /// <summary>Poll, evaluate, plan and deliver once.</summary>
    public Task<CycleSummary> RunOnceAsync(CancellationToken cancellationToken) =>
        PipWatchTracing.InSpanAsync("pipwatch.cycle", async _ =>
        {
            var polled = await PollAndEvaluateAsync(cancellationToken);
            var planned = await PlanAsync(cancellationToken);
            var delivered = await DeliverAsync(cancellationToken);
            Log.CycleDone(logger, polled.Outcome.ToString(), planned.Created, delivered.Sent);
            return new CycleSummary(polled, planned, delivered);
        });

    /// <summary>
    /// The plans in scope with their people. Polls always ask the org; planning (every 15 minutes) reuses the last
    /// answer for up to an hour when the set of plans is unchanged, to spare the API budget.
    /// </summary>
    private async Task<(PipWatchSettings Settings, IReadOnlyList<ResolvedPlan> Plans)> ResolveAsync(bool refresh, CancellationToken cancellationToken)
    {
        var (settings, pips) = configuration.Current();
        var now = time.GetUtcNow();
        var inScope = pips.Where(p => PlanScope.IsInScope(p, now, settings.Thresholds)).ToList();
        var key = string.Join('|', inScope.Select(p => $"{p.Id}:{p.Rep}:{p.ManagerOverride}").Order(StringComparer.Ordinal));
        await _peopleGate.WaitAsync(cancellationToken);
        try
        {
            if (!refresh && _people is { } cached && cached.Key == key && now - cached.At < PeopleMaxAge)
            {
                return (settings, cached.Plans);
            }

            var resolved = await PipWatchTracing.InSpanAsync("pipwatch.resolve_people", async span =>
            {
                var found = await resolver.ResolveAsync(inScope, cancellationToken);
                span?.SetTag("pipwatch.plans", inScope.Count);
                span?.SetTag("pipwatch.plans.with_rep", found.Count(p => p.RepUserId is not null));
                return found;
            });
            _people = (now, key, resolved);
            return (settings, resolved);
        }
        finally
        {
            _peopleGate.Release();
        }
    }

    public void Dispose() => _peopleGate.Dispose();

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Cycle done: poll {PollOutcome}, {Created} notifications created, {Sent} sent")]
        public static partial void CycleDone(ILogger logger, string pollOutcome, int created, int sent);
    }
}
