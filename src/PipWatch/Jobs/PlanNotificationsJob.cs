using Hangfire;
using PipWatch.Pipeline;
using PipWatch.Telemetry;

namespace PipWatch.Jobs;

/// <summary>Recurring: decide who is due what in their own time zone, write it to the outbox, then deliver at once.</summary>
public sealed class PlanNotificationsJob(Cycle cycle, IBackgroundJobClient jobs, PipWatchMetrics metrics)
{
    public const string Id = "plan-notifications";

    // Planning is idempotent through the outbox keys, so overlapping runs store nothing twice.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task RunAsync(CancellationToken cancellationToken) => metrics.MeasureJobAsync(Id, async () =>
    {
        await cycle.PlanAsync(cancellationToken);
        jobs.Enqueue<DeliverOutboxJob>(job => job.RunAsync(CancellationToken.None));
    });
}
