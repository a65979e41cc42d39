using System.Data.Common;
using System.Globalization;
using PipWatch.Storage.Database;

namespace PipWatch.Storage.Notifications;

/// <summary>Read-only views of the outbox: health figures for ops and a PIP's notifications for its report.</summary>
public sealed class NotificationQueries(StateDatabase database)
{
    private const string Columns = """
        id, idempotency_key, kind, pip_id, recipients, subject, message_id, html_body, text_body, status, attempts,
        next_attempt_at, lease_until, expires_at, created_at, sent_at, smtp_response, last_error
        """;

    /// <summary>Whether a notification with this idempotency key exists, so a planner can skip rendering it again.</summary>
    public Task<bool> ExistsAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT COUNT(*) FROM notifications WHERE idempotency_key = @key");
                command.AddParameter("@key", idempotencyKey);
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
            },
            cancellationToken);

    public async Task<NotificationRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM notifications WHERE id = @value", id, cancellationToken);
        return found is [var record] ? record : null;
    }

    public async Task<NotificationRecord?> GetByKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(
            $"SELECT {Columns} FROM notifications WHERE idempotency_key = @value",
            idempotencyKey,
            cancellationToken);
        return found is [var record] ? record : null;
    }

    /// <summary>Every notification about the PIP, in the order they were created.</summary>
    public Task<IReadOnlyList<NotificationRecord>> GetByPipAsync(string pipId, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM notifications WHERE pip_id = @value ORDER BY id", pipId, cancellationToken);

    /// <summary>The number of notifications in each status (every status present, zero included).</summary>
    public Task<IReadOnlyDictionary<NotificationStatus, int>> CountByStatusAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                var counts = Enum.GetValues<NotificationStatus>().ToDictionary(status => status, _ => 0);
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT status, COUNT(*) FROM notifications GROUP BY status");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    counts[NotificationStatusNames.Parse(reader.GetString(0))] = checked((int)reader.GetInt64(1));
                }

                return (IReadOnlyDictionary<NotificationStatus, int>)counts;
            },
            cancellationToken);

    /// <summary>
    /// How long the oldest undelivered notification (pending, or being sent) has waited since it was created;
    /// null when none is waiting.
    /// </summary>
    public Task<TimeSpan?> GetOldestPendingAgeAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(
                    null,
                    "SELECT MIN(created_at) FROM notifications WHERE status IN ('pending', 'sending')");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                return database.ReadNullableTimestamp(reader, 0) is { } oldest ? now - oldest : (TimeSpan?)null;
            },
            cancellationToken);

    private Task<IReadOnlyList<NotificationRecord>> QueryAsync(string sql, object value, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand(null, sql);
                command.AddParameter("@value", value);
                var records = new List<NotificationRecord>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    records.Add(Read(reader));
                }

                return (IReadOnlyList<NotificationRecord>)records;
            },
            cancellationToken);

    private NotificationRecord Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetNullableString(3),
        RecipientList.FromJson(reader.GetString(4)),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetNullableString(7),
        reader.GetNullableString(8),
        NotificationStatusNames.Parse(reader.GetString(9)),
        reader.GetInt32(10),
        database.ReadTimestamp(reader, 11),
        database.ReadNullableTimestamp(reader, 12),
        database.ReadNullableTimestamp(reader, 13),
        database.ReadTimestamp(reader, 14),
        database.ReadNullableTimestamp(reader, 15),
        reader.GetNullableString(16),
        reader.GetNullableString(17));
}
