using Hangfire;
using PipWatch.Pipeline;
using PipWatch.Telemetry;

namespace PipWatch.Jobs;

/// <summary>Recurring (every minute) and right after planning: send what the outbox holds. Safe on several replicas at once.</summary>
public sealed class DeliverOutboxJob(Cycle cycle, PipWatchMetrics metrics)
{
    public const string Id = "deliver-outbox";

    // The outbox keeps its own retry state; a Hangfire retry would only multiply attempts.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task RunAsync(CancellationToken cancellationToken) => metrics.MeasureJobAsync(Id, () => cycle.DeliverAsync(cancellationToken));
}
