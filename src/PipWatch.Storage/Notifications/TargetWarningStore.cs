using PipWatch.Storage.Database;

namespace PipWatch.Storage.Notifications;

/// <summary>When each target was last warned and at what status, for the cooldown and "only if it worsens".</summary>
public sealed class TargetWarningStore(StateDatabase database)
{
    /// <summary>Stores the warning as the target's last one, unless a later warning is already stored.</summary>
    public Task RecordAsync(TargetWarning warning, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(warning.PipId) || string.IsNullOrWhiteSpace(warning.TargetId)
            || string.IsNullOrWhiteSpace(warning.Status))
        {
            throw new ArgumentException(
                $"A warning needs a PIP id, a target id and a status (PIP '{warning.PipId}', target '{warning.TargetId}').",
                nameof(warning));
        }

        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO target_warnings (pip_id, target_id, status, warned_at)
                    VALUES (@pip_id, @target_id, @status, @warned_at)
                    ON CONFLICT (pip_id, target_id) DO UPDATE SET status = excluded.status, warned_at = excluded.warned_at
                    WHERE excluded.warned_at >= target_warnings.warned_at
                    """);
                command.AddParameter("@pip_id", warning.PipId);
                command.AddParameter("@target_id", warning.TargetId);
                command.AddParameter("@status", warning.Status);
                command.AddParameter("@warned_at", database.TimestampValue(warning.WarnedAt));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<TargetWarning?> GetLastAsync(string pipId, string targetId, CancellationToken cancellationToken) =>
        (await GetLastForPipAsync(pipId, cancellationToken)).FirstOrDefault(warning => warning.TargetId == targetId);

    /// <summary>The last warning of each warned target of the PIP.</summary>
    public Task<IReadOnlyList<TargetWarning>> GetLastForPipAsync(string pipId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT pip_id, target_id, status, warned_at FROM target_warnings WHERE pip_id = @pip_id");
                command.AddParameter("@pip_id", pipId);
                var warnings = new List<TargetWarning>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    warnings.Add(new TargetWarning(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        database.ReadTimestamp(reader, 3)));
                }

                return (IReadOnlyList<TargetWarning>)[.. warnings.OrderBy(warning => warning.TargetId, StringComparer.Ordinal)];
            },
            cancellationToken);
}
