using System.Data.Common;
using System.Globalization;
using PipWatch.Core.Metrics;
using PipWatch.Storage.Database;

namespace PipWatch.Storage.Metrics;

/// <summary>
/// Daily metric values per rep, metric and day. Writes go in one transaction however many rows there are; a value
/// that did not change is left alone, so <c>updated_at</c> tells when a figure last changed.
/// </summary>
public sealed class MetricValueStore(StateDatabase database)
{
    // Rows per PostgreSQL statement: large enough to amortise the round trip, small enough for modest parameters.
    private const int PostgresBatchSize = 5_000;

    private const string UpsertConflictSql = """
        ON CONFLICT (rep_user_id, metric, day) DO UPDATE
        SET value_sum = excluded.value_sum, value_count = excluded.value_count, updated_at = excluded.updated_at
        WHERE metric_values.value_sum <> excluded.value_sum OR metric_values.value_count <> excluded.value_count
        """;

    /// <summary>Inserts or overwrites the given values and returns how many rows were new or changed.</summary>
    public Task<int> UpsertAsync(
        IEnumerable<DailyMetricValue> values,
        DateTimeOffset updatedAt,
        CancellationToken cancellationToken)
    {
        var rows = Deduplicate(values);
        return rows.Count == 0
            ? Task.FromResult(0)
            : database.WriteAsync(
                (connection, transaction) => UpsertRowsAsync(connection, transaction, rows, updatedAt, cancellationToken),
                cancellationToken);
    }

    /// <summary>
    /// Makes the stored figures for <paramref name="window"/> equal to <paramref name="values"/>: a restatement
    /// overwrites a day, and a stored day that the source no longer reports drops to zero. Returns the rows changed.
    /// </summary>
    public Task<int> ReplaceWindowAsync(
        MetricWindow window,
        IEnumerable<DailyMetricValue> values,
        DateTimeOffset updatedAt,
        CancellationToken cancellationToken)
    {
        var rows = Deduplicate(values);
        foreach (var row in rows)
        {
            if (!window.Contains(row.RepUserId, row.Metric, row.Day))
            {
                throw new ArgumentException(
                    $"The value for rep {row.RepUserId}, metric {row.Metric} on {row.Day:yyyy-MM-dd} lies outside the window being replaced.",
                    nameof(values));
            }
        }

        if (window.RepUserIds.Count == 0 || window.Metrics.Count == 0)
        {
            return Task.FromResult(0);
        }

        return database.WriteAsync(
            async (connection, transaction) =>
            {
                // A missing day is a zero day; writing zeros reuses the upsert and keeps one code path per engine.
                var incoming = rows.Select(Key).ToHashSet();
                var stored = await ReadRowsAsync(connection, transaction, window, cancellationToken);
                var cleared = stored
                    .Where(value => !incoming.Contains(Key(value)))
                    .Select(value => value with { Sum = 0, Count = 0 });
                return await UpsertRowsAsync(connection, transaction, [.. rows, .. cleared], updatedAt, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>The stored values inside <paramref name="window"/>, ordered by rep, metric and day.</summary>
    public Task<IReadOnlyList<DailyMetricValue>> ReadAsync(MetricWindow window, CancellationToken cancellationToken)
    {
        if (window.RepUserIds.Count == 0 || window.Metrics.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<DailyMetricValue>>([]);
        }

        return database.ReadAsync(
            async connection =>
            {
                var rows = await ReadRowsAsync(connection, null, window, cancellationToken);
                return (IReadOnlyList<DailyMetricValue>)rows
                    .OrderBy(value => value.RepUserId, StringComparer.Ordinal)
                    .ThenBy(value => value.Metric, StringComparer.Ordinal)
                    .ThenBy(value => value.Day)
                    .ToList();
            },
            cancellationToken);
    }

    private async Task<List<DailyMetricValue>> ReadRowsAsync(
        DbConnection connection,
        DbTransaction? transaction,
        MetricWindow window,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            transaction,
            $"""
            SELECT rep_user_id, metric, day, value_sum, value_count
            FROM metric_values
            WHERE rep_user_id {database.InList("@reps")}
              AND metric {database.InList("@metrics")}
              AND day BETWEEN @from AND @to
            """);
        command.AddParameter("@reps", database.ListValue(window.RepUserIds));
        command.AddParameter("@metrics", database.ListValue(window.Metrics));
        command.AddParameter("@from", window.From);
        command.AddParameter("@to", window.To);

        var rows = new List<DailyMetricValue>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DailyMetricValue(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetDate(2),
                reader.GetDouble(3),
                reader.GetInt64(4)));
        }

        return rows;
    }

    private Task<int> UpsertRowsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<DailyMetricValue> rows,
        DateTimeOffset updatedAt,
        CancellationToken cancellationToken) =>
        database.Engine == StorageEngine.Postgres
            ? UpsertWithArraysAsync(connection, transaction, rows, updatedAt, cancellationToken)
            : UpsertOneByOneAsync(connection, transaction, rows, updatedAt, cancellationToken);

    // PostgreSQL: whole columns as arrays, unnested into one INSERT per batch: one round trip per 5,000 rows.
    private async Task<int> UpsertWithArraysAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<DailyMetricValue> rows,
        DateTimeOffset updatedAt,
        CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var batch in rows.Chunk(PostgresBatchSize))
        {
            await using var command = connection.CreateCommand(
                transaction,
                $"""
                INSERT INTO metric_values (rep_user_id, metric, day, value_sum, value_count, updated_at)
                SELECT rep_user_id, metric, day, value_sum, value_count, @updated_at
                FROM unnest(@reps, @metrics, @days, @sums, @counts) AS incoming (rep_user_id, metric, day, value_sum, value_count)
                {UpsertConflictSql}
                """);
            command.AddParameter("@updated_at", database.TimestampValue(updatedAt));
            command.AddParameter("@reps", batch.Select(row => row.RepUserId).ToArray());
            command.AddParameter("@metrics", batch.Select(row => row.Metric).ToArray());
            command.AddParameter("@days", batch.Select(row => row.Day).ToArray());
            command.AddParameter("@sums", batch.Select(row => row.Sum).ToArray());
            command.AddParameter("@counts", batch.Select(row => row.Count).ToArray());
            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    // SQLite: one compiled statement executed per row inside the single transaction; in-process calls are cheap.
    private async Task<int> UpsertOneByOneAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<DailyMetricValue> rows,
        DateTimeOffset updatedAt,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            transaction,
            $"""
            INSERT INTO metric_values (rep_user_id, metric, day, value_sum, value_count, updated_at)
            VALUES (@rep, @metric, @day, @sum, @count, @updated_at)
            {UpsertConflictSql}
            """);
        command.AddParameter("@updated_at", database.TimestampValue(updatedAt));
        var rep = command.AddParameter("@rep", "");
        var metric = command.AddParameter("@metric", "");
        var day = command.AddParameter("@day", DateOnly.MinValue);
        var sum = command.AddParameter("@sum", 0d);
        var count = command.AddParameter("@count", 0L);
        await command.PrepareAsync(cancellationToken);

        var changed = 0;
        foreach (var row in rows)
        {
            rep.Value = row.RepUserId;
            metric.Value = row.Metric;
            day.Value = row.Day;
            sum.Value = row.Sum;
            count.Value = row.Count;
            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    // PostgreSQL refuses to touch one row twice in one statement, so the last value for a key wins here.
    private static List<DailyMetricValue> Deduplicate(IEnumerable<DailyMetricValue> values)
    {
        var byKey = new Dictionary<(string, string, DateOnly), DailyMetricValue>();
        foreach (var value in values)
        {
            Validate(value);
            byKey[Key(value)] = value;
        }

        return [.. byKey.Values];
    }

    private static void Validate(DailyMetricValue value)
    {
        var where = $"rep {value.RepUserId}, metric {value.Metric} on {value.Day:yyyy-MM-dd}";
        if (string.IsNullOrWhiteSpace(value.RepUserId) || string.IsNullOrWhiteSpace(value.Metric))
        {
            throw new ArgumentException($"A metric value needs a rep user id and a metric name ({where}).", nameof(value));
        }

        if (!double.IsFinite(value.Sum))
        {
            throw new ArgumentException(
                $"The metric value for {where} has a sum of {value.Sum.ToString(CultureInfo.InvariantCulture)}, which is not a finite number.",
                nameof(value));
        }

        if (value.Count < 0)
        {
            throw new ArgumentException(
                $"The metric value for {where} has a negative record count ({value.Count.ToString(CultureInfo.InvariantCulture)}).",
                nameof(value));
        }
    }

    private static (string, string, DateOnly) Key(DailyMetricValue value) => (value.RepUserId, value.Metric, value.Day);
}
