using System.Data.Common;
using PipWatch.Storage.Database;
using PipWatch.Storage.Notifications;

namespace PipWatch.Storage.Reporting;

/// <summary>
/// The read-only lookups a plan's documentation report needs beyond the stores' own: which plans the database knows,
/// the stored MIME of a plan's notifications (its images and display names), and the digests shared by several plans.
/// </summary>
public sealed class PipReportQueries(StateDatabase database)
{
    /// <summary>Every PIP id that left a trace in the database (notifications, evaluations, milestones, audit), sorted.</summary>
    public Task<IReadOnlyList<string>> GetKnownPipIdsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    """
                    SELECT pip_id FROM notifications WHERE pip_id IS NOT NULL
                    UNION SELECT pip_id FROM evaluations
                    UNION SELECT pip_id FROM milestones
                    UNION SELECT pip_id FROM audit_log WHERE pip_id IS NOT NULL
                    """);
                var ids = new List<string>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetString(0));
                }

                return (IReadOnlyList<string>)[.. ids.Order(StringComparer.Ordinal)];
            },
            cancellationToken);

    /// <summary>The MIME message of every notification about the PIP, in the order they were created.</summary>
    public Task<IReadOnlyList<StoredMessage>> GetMessagesAsync(string pipId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT id, mime FROM notifications WHERE pip_id = @pip_id ORDER BY id");
                command.AddParameter("@pip_id", pipId);
                var messages = new List<StoredMessage>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    messages.Add(new StoredMessage(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
                }

                return (IReadOnlyList<StoredMessage>)messages;
            },
            cancellationToken);

    /// <summary>
    /// Manager digests that covered several plans at once: the outbox stores them without a PIP id, so a report
    /// can only relate them to a plan through their recipients and dates. Oldest first.
    /// </summary>
    public Task<IReadOnlyList<SharedDigest>> GetSharedDigestsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    """
                    SELECT id, recipients, message_id, status, created_at, sent_at
                    FROM notifications
                    WHERE pip_id IS NULL AND kind = 'manager_digest'
                    ORDER BY id
                    """);
                var digests = new List<SharedDigest>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    digests.Add(Read(reader));
                }

                return (IReadOnlyList<SharedDigest>)digests;
            },
            cancellationToken);

    private SharedDigest Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        RecipientList.FromJson(reader.GetString(1)),
        reader.GetString(2),
        NotificationStatusNames.Parse(reader.GetString(3)),
        database.ReadTimestamp(reader, 4),
        database.ReadNullableTimestamp(reader, 5));
}
