using PipWatch.Storage.Notifications;

namespace PipWatch.Telemetry;

/// <summary>
/// Hands the outbox gauges a fresh snapshot after a planning or delivery run, so a scrape never queries the database.
/// Skipped when nothing reads the gauges; a failure here is logged and never fails the run it follows.
/// </summary>
public sealed partial class OutboxBacklog(NotificationQueries queries, PipWatchMetrics metrics, TimeProvider time, ILogger<OutboxBacklog> logger)
{
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (!metrics.OutboxObserved)
        {
            return;
        }

        try
        {
            var counts = await queries.CountByStatusAsync(cancellationToken);
            var now = time.GetUtcNow();
            var oldestAge = await queries.GetOldestPendingAgeAsync(now, cancellationToken);
            metrics.OutboxRefreshed(
                counts.GetValueOrDefault(NotificationStatus.Pending) + counts.GetValueOrDefault(NotificationStatus.Sending),
                oldestAge is { } age ? now - age : null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.RefreshFailed(logger, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "The outbox gauges could not be refreshed; they keep their last values")]
        public static partial void RefreshFailed(ILogger logger, Exception exception);
    }
}
