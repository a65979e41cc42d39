using Hangfire;
using PipWatch.Pipeline;
using PipWatch.Telemetry;

namespace PipWatch.Jobs;

/// <summary>Recurring: read Salesforce and evaluate every plan. Never two at once, across all replicas.</summary>
public sealed class PollAndEvaluateJob(Cycle cycle, PipWatchMetrics metrics)
{
    public const string Id = "poll-and-evaluate";

    // A missed run is simply the next one: the poll window re-reads what it missed.
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task RunAsync(CancellationToken cancellationToken) => metrics.MeasureJobAsync(Id, () => cycle.PollAndEvaluateAsync(cancellationToken));
}
