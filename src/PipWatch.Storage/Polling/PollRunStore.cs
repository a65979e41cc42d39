using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using PipWatch.Storage.Database;

namespace PipWatch.Storage.Polling;

/// <summary>The history of poll runs: started when a poll begins, finished with its outcome and costs.</summary>
public sealed class PollRunStore(StateDatabase database)
{
    private const string Columns =
        "id, started_at, finished_at, window_from, window_to, outcome, api_calls, limit_used, limit_allowed, errors";

    /// <summary>Records a poll that is starting and returns its id.</summary>
    public Task<long> StartAsync(
        DateTimeOffset startedAt,
        DateOnly windowFrom,
        DateOnly windowTo,
        CancellationToken cancellationToken)
    {
        if (windowTo < windowFrom)
        {
            throw new ArgumentException(
                $"The poll window ends on {windowTo:yyyy-MM-dd}, before it starts on {windowFrom:yyyy-MM-dd}.",
                nameof(windowTo));
        }

        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO poll_runs (started_at, window_from, window_to)
                    VALUES (@started_at, @window_from, @window_to)
                    RETURNING id
                    """);
                command.AddParameter("@started_at", database.TimestampValue(startedAt));
                command.AddParameter("@window_from", windowFrom);
                command.AddParameter("@window_to", windowTo);
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            },
            cancellationToken);
    }

    /// <summary>Records how the run ended; a run finishes once.</summary>
    public Task FinishAsync(long id, PollRunResult result, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    UPDATE poll_runs
                    SET finished_at = @finished_at, outcome = @outcome, api_calls = @api_calls,
                        limit_used = @limit_used, limit_allowed = @limit_allowed, errors = @errors
                    WHERE id = @id AND finished_at IS NULL
                    """);
                command.AddParameter("@id", id);
                command.AddParameter("@finished_at", database.TimestampValue(result.FinishedAt));
                command.AddParameter("@outcome", result.Outcome.ToName());
                command.AddParameter("@api_calls", result.ApiCalls);
                command.AddParameter("@limit_used", result.LimitUsed);
                command.AddParameter("@limit_allowed", result.LimitAllowed);
                command.AddParameter("@errors", JsonSerializer.Serialize(
                    new Dictionary<string, string>(result.ErrorsByMetric, StringComparer.Ordinal),
                    StorageJsonContext.Readable.DictionaryStringString));
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new InvalidOperationException($"Poll run {id} does not exist or has already finished.");
                }

                return true;
            },
            cancellationToken);

    /// <summary>The most recently started run, finished or not.</summary>
    public async Task<PollRun?> GetLatestAsync(CancellationToken cancellationToken) =>
        await GetRecentAsync(1, cancellationToken) is [var run] ? run : null;

    /// <summary>The most recent finished run, for readiness and the "data as of" line.</summary>
    public async Task<PollRun?> GetLatestFinishedAsync(CancellationToken cancellationToken)
    {
        var found = await QueryAsync(
            $"SELECT {Columns} FROM poll_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
            null,
            cancellationToken);
        return found is [var run] ? run : null;
    }

    /// <summary>The <paramref name="count"/> most recently started runs, newest first.</summary>
    public Task<IReadOnlyList<PollRun>> GetRecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return QueryAsync($"SELECT {Columns} FROM poll_runs ORDER BY id DESC LIMIT @count", count, cancellationToken);
    }

    private Task<IReadOnlyList<PollRun>> QueryAsync(string sql, int? count, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(null, sql);
                if (count is { } limit)
                {
                    command.AddParameter("@count", limit);
                }

                var runs = new List<PollRun>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    runs.Add(Read(reader));
                }

                return (IReadOnlyList<PollRun>)runs;
            },
            cancellationToken);

    private PollRun Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        database.ReadTimestamp(reader, 1),
        database.ReadNullableTimestamp(reader, 2),
        reader.GetDate(3),
        reader.GetDate(4),
        reader.GetNullableString(5) is { } outcome ? PollOutcomeNames.Parse(outcome) : null,
        reader.GetInt32(6),
        reader.GetNullableInt32(7),
        reader.GetNullableInt32(8),
        JsonSerializer.Deserialize(reader.GetString(9), StorageJsonContext.Readable.DictionaryStringString) ?? []);
}
