using PipWatch.Storage.Database;

namespace PipWatch.Storage.Polling;

/// <summary>Per metric: the last successful poll and watermark, and the last error (kept after a recovery).</summary>
public sealed class MetricPollStatusStore(StateDatabase database)
{
    public Task RecordSuccessAsync(
        string metric,
        DateTimeOffset polledAt,
        DateOnly watermarkDay,
        CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO metric_poll_status (metric, last_success_at, watermark_day)
                    VALUES (@metric, @polled_at, @watermark_day)
                    ON CONFLICT (metric) DO UPDATE
                    SET last_success_at = excluded.last_success_at, watermark_day = excluded.watermark_day
                    """);
                command.AddParameter("@metric", RequireName(metric));
                command.AddParameter("@polled_at", database.TimestampValue(polledAt));
                command.AddParameter("@watermark_day", watermarkDay);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    public Task RecordFailureAsync(
        string metric,
        DateTimeOffset failedAt,
        string error,
        CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO metric_poll_status (metric, last_error, last_error_at)
                    VALUES (@metric, @error, @failed_at)
                    ON CONFLICT (metric) DO UPDATE
                    SET last_error = excluded.last_error, last_error_at = excluded.last_error_at
                    """);
                command.AddParameter("@metric", RequireName(metric));
                command.AddParameter("@error", error);
                command.AddParameter("@failed_at", database.TimestampValue(failedAt));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    /// <summary>Every metric polled so far, ordered by name.</summary>
    public Task<IReadOnlyList<MetricPollStatus>> GetAllAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT metric, last_success_at, watermark_day, last_error, last_error_at FROM metric_poll_status");
                var statuses = new List<MetricPollStatus>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    statuses.Add(new MetricPollStatus(
                        reader.GetString(0),
                        database.ReadNullableTimestamp(reader, 1),
                        reader.GetNullableDate(2),
                        reader.GetNullableString(3),
                        database.ReadNullableTimestamp(reader, 4)));
                }

                return (IReadOnlyList<MetricPollStatus>)[.. statuses.OrderBy(status => status.Metric, StringComparer.Ordinal)];
            },
            cancellationToken);

    private static string RequireName(string metric) =>
        string.IsNullOrWhiteSpace(metric)
            ? throw new ArgumentException("A poll status needs a metric name.", nameof(metric))
            : metric;
}
