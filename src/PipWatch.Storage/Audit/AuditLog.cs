using System.Data.Common;
using PipWatch.Storage.Database;

namespace PipWatch.Storage.Audit;

/// <summary>
/// The append-only record of what PipWatch saw and did per PIP (files and amendments seen, notifications created
/// and sent), kept as the plan's documentation.
/// </summary>
public sealed class AuditLog(StateDatabase database)
{
    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await AppendAsync(database, connection, transaction, auditEvent, cancellationToken);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// Remembers the content hash of a PIP file. When the file is new or changed it writes a
    /// <see cref="AuditKinds.PipFileSeen"/> entry, plus <paramref name="alsoRecord"/> (say, the amendments it
    /// brought), in the same transaction, and returns true; an unchanged file writes nothing and returns false.
    /// Safe when several replicas see the same change at once: exactly one of them records it.
    /// </summary>
    public Task<bool> RecordPipFileAsync(
        string pipId,
        string contentHash,
        DateTimeOffset seenAt,
        string? detailsJson,
        IReadOnlyList<AuditEvent>? alsoRecord,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(pipId) || string.IsNullOrWhiteSpace(contentHash))
        {
            throw new ArgumentException($"A PIP file version needs a PIP id and a content hash (PIP '{pipId}').", nameof(pipId));
        }

        return database.WriteAsync(
            async (connection, transaction) =>
            {
                // The conflicting row is locked before the WHERE is checked, so a concurrent writer of the same hash
                // sees it as unchanged.
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO pip_file_versions (pip_id, content_hash, seen_at)
                    VALUES (@pip_id, @content_hash, @seen_at)
                    ON CONFLICT (pip_id) DO UPDATE SET content_hash = excluded.content_hash, seen_at = excluded.seen_at
                    WHERE pip_file_versions.content_hash <> excluded.content_hash
                    """);
                command.AddParameter("@pip_id", pipId);
                command.AddParameter("@content_hash", contentHash);
                command.AddParameter("@seen_at", database.TimestampValue(seenAt));
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    return false;
                }

                await AppendAsync(
                    database,
                    connection,
                    transaction,
                    new AuditEvent(seenAt, AuditKinds.PipFileSeen, pipId, detailsJson),
                    cancellationToken);
                foreach (var auditEvent in alsoRecord ?? [])
                {
                    await AppendAsync(database, connection, transaction, auditEvent, cancellationToken);
                }

                return true;
            },
            cancellationToken);
    }

    /// <summary>The PIP's entries in the order they were written.</summary>
    public Task<IReadOnlyList<AuditEntry>> GetByPipAsync(string pipId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT id, at, kind, pip_id, details FROM audit_log WHERE pip_id = @pip_id ORDER BY id");
                command.AddParameter("@pip_id", pipId);
                var entries = new List<AuditEntry>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    entries.Add(new AuditEntry(
                        reader.GetInt64(0),
                        database.ReadTimestamp(reader, 1),
                        reader.GetString(2),
                        reader.GetNullableString(3),
                        reader.GetNullableString(4)));
                }

                return (IReadOnlyList<AuditEntry>)entries;
            },
            cancellationToken);

    /// <summary>Appends inside a caller's transaction, so an action and its audit entry commit together.</summary>
    internal static async Task AppendAsync(
        StateDatabase database,
        DbConnection connection,
        DbTransaction transaction,
        AuditEvent auditEvent,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(auditEvent.Kind))
        {
            throw new ArgumentException("An audit entry needs a kind.", nameof(auditEvent));
        }

        await using var command = connection.CreateCommand(
            transaction,
            "INSERT INTO audit_log (at, kind, pip_id, details) VALUES (@at, @kind, @pip_id, @details)");
        command.AddParameter("@at", database.TimestampValue(auditEvent.At));
        command.AddParameter("@kind", auditEvent.Kind);
        command.AddParameter("@pip_id", auditEvent.PipId);
        command.AddParameter("@details", auditEvent.DetailsJson);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
