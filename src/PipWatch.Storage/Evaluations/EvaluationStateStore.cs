using PipWatch.Storage.Database;

namespace PipWatch.Storage.Evaluations;

/// <summary>The worker's own per-PIP state between evaluations, kept as an opaque (JSON) string.</summary>
public sealed class EvaluationStateStore(StateDatabase database)
{
    public Task<string?> GetAsync(string pipId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT state FROM pip_evaluation_state WHERE pip_id = @pip_id");
                command.AddParameter("@pip_id", pipId);
                return await command.ExecuteScalarAsync(cancellationToken) as string;
            },
            cancellationToken);

    public Task SetAsync(string pipId, string state, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(pipId))
        {
            throw new ArgumentException("Evaluation state needs a PIP id.", nameof(pipId));
        }

        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO pip_evaluation_state (pip_id, state, updated_at)
                    VALUES (@pip_id, @state, @updated_at)
                    ON CONFLICT (pip_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
                    """);
                command.AddParameter("@pip_id", pipId);
                command.AddParameter("@state", state);
                command.AddParameter("@updated_at", database.TimestampValue(updatedAt));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }
}
