using PipWatch.Storage.Database;

namespace PipWatch.Storage.Milestones;

/// <summary>Milestones fire once per PIP and key, ever, even if the data dips and crosses again.</summary>
public sealed class MilestoneStore(StateDatabase database)
{
    /// <summary>Records the milestone and returns true, or returns false when it had already fired.</summary>
    public Task<bool> TryRecordAsync(FiredMilestone milestone, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(milestone.PipId) || string.IsNullOrWhiteSpace(milestone.Key))
        {
            throw new ArgumentException(
                $"A milestone needs a PIP id and a key (PIP '{milestone.PipId}', key '{milestone.Key}').",
                nameof(milestone));
        }

        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO milestones (pip_id, milestone_key, fired_at, details)
                    VALUES (@pip_id, @key, @fired_at, @details)
                    ON CONFLICT (pip_id, milestone_key) DO NOTHING
                    """);
                command.AddParameter("@pip_id", milestone.PipId);
                command.AddParameter("@key", milestone.Key);
                command.AddParameter("@fired_at", database.TimestampValue(milestone.FiredAt));
                command.AddParameter("@details", milestone.DetailsJson);
                return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            cancellationToken);
    }

    /// <summary>Every milestone fired for the PIP, oldest first.</summary>
    public Task<IReadOnlyList<FiredMilestone>> GetAsync(string pipId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT pip_id, milestone_key, fired_at, details FROM milestones WHERE pip_id = @pip_id");
                command.AddParameter("@pip_id", pipId);
                var milestones = new List<FiredMilestone>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    milestones.Add(new FiredMilestone(
                        reader.GetString(0),
                        reader.GetString(1),
                        database.ReadTimestamp(reader, 2),
                        reader.GetNullableString(3)));
                }

                return (IReadOnlyList<FiredMilestone>)[.. milestones
                    .OrderBy(milestone => milestone.FiredAt)
                    .ThenBy(milestone => milestone.Key, StringComparer.Ordinal)];
            },
            cancellationToken);
}
