using System.Data.Common;
using PipWatch.Storage.Database;

namespace PipWatch.Storage.Evaluations;

/// <summary>
/// One evaluation per PIP, target and day: re-evaluating a day replaces its row (an older evaluation arriving late
/// does not), and the rows of earlier days answer "what changed since yesterday", hysteresis and charts.
/// </summary>
public sealed class EvaluationHistoryStore(StateDatabase database)
{
    private const string Columns = """
        pip_id, target_id, day, status, reason, actual, goal, expected, pace, projection, required_rate, evaluated_at
        """;

    public Task UpsertAsync(IReadOnlyCollection<EvaluationRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            Validate(record);
        }

        return records.Count == 0
            ? Task.CompletedTask
            : database.WriteAsync(
                async (connection, transaction) =>
                {
                    await using var command = connection.CreateCommand(
                        transaction,
                        $"""
                        INSERT INTO evaluations ({Columns})
                        VALUES (@pip_id, @target_id, @day, @status, @reason, @actual, @goal, @expected, @pace,
                                @projection, @required_rate, @evaluated_at)
                        ON CONFLICT (pip_id, target_id, day) DO UPDATE
                        SET status = excluded.status, reason = excluded.reason, actual = excluded.actual,
                            goal = excluded.goal, expected = excluded.expected, pace = excluded.pace,
                            projection = excluded.projection, required_rate = excluded.required_rate,
                            evaluated_at = excluded.evaluated_at
                        WHERE excluded.evaluated_at >= evaluations.evaluated_at
                        """);
                    foreach (var record in records)
                    {
                        command.Parameters.Clear();
                        command.AddParameter("@pip_id", record.PipId);
                        command.AddParameter("@target_id", record.TargetId);
                        command.AddParameter("@day", record.Day);
                        command.AddParameter("@status", record.Status);
                        command.AddParameter("@reason", record.Reason);
                        command.AddParameter("@actual", record.Actual);
                        command.AddParameter("@goal", record.Goal);
                        command.AddParameter("@expected", record.Expected);
                        command.AddParameter("@pace", record.Pace);
                        command.AddParameter("@projection", record.Projection);
                        command.AddParameter("@required_rate", record.RequiredRate);
                        command.AddParameter("@evaluated_at", database.TimestampValue(record.EvaluatedAt));
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }

                    return records.Count;
                },
                cancellationToken);
    }

    /// <summary>Every stored day of a PIP, ordered by target then day.</summary>
    public Task<IReadOnlyList<EvaluationRecord>> GetHistoryAsync(string pipId, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM evaluations WHERE pip_id = @pip_id", pipId, null, cancellationToken);

    /// <summary>
    /// Every stored day's status of a PIP, ordered by target then day. Planning reads it for each plan on every run,
    /// so it leaves out the figures that only charts and reports need.
    /// </summary>
    public Task<IReadOnlyList<DailyStatus>> GetStatusesAsync(string pipId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null, "SELECT target_id, day, status FROM evaluations WHERE pip_id = @pip_id ORDER BY target_id, day");
                command.AddParameter("@pip_id", pipId);
                var statuses = new List<DailyStatus>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    statuses.Add(new DailyStatus(reader.GetString(0), reader.GetDate(1), reader.GetString(2)));
                }

                return (IReadOnlyList<DailyStatus>)statuses;
            },
            cancellationToken);

    /// <summary>Each target's most recent row.</summary>
    public Task<IReadOnlyList<EvaluationRecord>> GetLatestAsync(string pipId, CancellationToken cancellationToken) =>
        QueryAsync(LatestSql("pip_id = @pip_id"), pipId, null, cancellationToken);

    /// <summary>Each target's most recent row from a day before <paramref name="day"/> ("yesterday" for today's run).</summary>
    public Task<IReadOnlyList<EvaluationRecord>> GetLatestBeforeAsync(
        string pipId,
        DateOnly day,
        CancellationToken cancellationToken) =>
        QueryAsync(LatestSql("pip_id = @pip_id AND day < @day"), pipId, day, cancellationToken);

    private static string LatestSql(string filter) => $"""
        SELECT {Columns}
        FROM (
            SELECT {Columns}, ROW_NUMBER() OVER (PARTITION BY target_id ORDER BY day DESC) AS position
            FROM evaluations
            WHERE {filter}
        ) ranked
        WHERE position = 1
        """;

    private Task<IReadOnlyList<EvaluationRecord>> QueryAsync(
        string sql,
        string pipId,
        DateOnly? day,
        CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(null, sql);
                command.AddParameter("@pip_id", pipId);
                if (day is { } before)
                {
                    command.AddParameter("@day", before);
                }

                var records = new List<EvaluationRecord>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    records.Add(Read(reader));
                }

                return (IReadOnlyList<EvaluationRecord>)[.. records
                    .OrderBy(record => record.TargetId, StringComparer.Ordinal)
                    .ThenBy(record => record.Day)];
            },
            cancellationToken);

    private EvaluationRecord Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetDate(2),
        reader.GetString(3),
        reader.GetNullableString(4),
        reader.GetDouble(5),
        reader.GetDouble(6),
        reader.GetNullableDouble(7),
        reader.GetNullableDouble(8),
        reader.GetNullableDouble(9),
        reader.GetNullableDouble(10),
        database.ReadTimestamp(reader, 11));

    private static void Validate(EvaluationRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.PipId) || string.IsNullOrWhiteSpace(record.TargetId)
            || string.IsNullOrWhiteSpace(record.Status))
        {
            throw new ArgumentException(
                $"An evaluation needs a PIP id, a target id and a status (PIP '{record.PipId}', target '{record.TargetId}', {record.Day:yyyy-MM-dd}).",
                nameof(record));
        }

        double?[] figures = [record.Actual, record.Goal, record.Expected, record.Pace, record.Projection, record.RequiredRate];
        if (figures.Any(figure => figure is { } value && !double.IsFinite(value)))
        {
            throw new ArgumentException(
                $"The evaluation of PIP {record.PipId}, target {record.TargetId} on {record.Day:yyyy-MM-dd} holds a figure that is not a finite number; store null for an undefined figure.",
                nameof(record));
        }
    }
}
