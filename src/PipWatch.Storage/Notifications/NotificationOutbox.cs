using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using PipWatch.Storage.Audit;
using PipWatch.Storage.Database;

namespace PipWatch.Storage.Notifications;

/// <summary>
/// The outbox: a notification is stored once per idempotency key, claimed under a lease by one deliverer at a time
/// (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, the single-writer transaction on SQLite), and its outcome is recorded
/// only by the claim that still holds it. Creation, sending, failure and expiry are audited in the same transaction.
/// </summary>
public sealed class NotificationOutbox(StateDatabase database)
{
    /// <summary>Stores the notification; returns false when its idempotency key was already stored.</summary>
    public Task<bool> EnqueueAsync(NewNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        notification.Validate();
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO notifications (idempotency_key, kind, pip_id, recipients, subject, message_id, mime,
                                               html_body, text_body, next_attempt_at, expires_at, created_at)
                    VALUES (@key, @kind, @pip_id, @recipients, @subject, @message_id, @mime,
                            @html_body, @text_body, @now, @expires_at, @now)
                    ON CONFLICT (idempotency_key) DO NOTHING
                    RETURNING id
                    """);
                command.AddParameter("@key", notification.IdempotencyKey);
                command.AddParameter("@kind", notification.Kind);
                command.AddParameter("@pip_id", notification.PipId);
                command.AddParameter("@recipients", RecipientList.ToJson(notification.Recipients));
                command.AddParameter("@subject", notification.Subject);
                command.AddParameter("@message_id", notification.MessageId);
                command.AddParameter("@mime", notification.Mime.ToArray());
                command.AddParameter("@html_body", notification.HtmlBody);
                command.AddParameter("@text_body", notification.TextBody);
                command.AddParameter("@now", database.TimestampValue(now));
                command.AddParameter("@expires_at", database.NullableTimestampValue(notification.ExpiresAt));
                if (await command.ExecuteScalarAsync(cancellationToken) is not { } id)
                {
                    return false;
                }

                await AuditAsync(
                    connection,
                    transaction,
                    now,
                    AuditKinds.NotificationCreated,
                    notification.PipId,
                    new NotificationAuditDetails(
                        Convert.ToInt64(id, CultureInfo.InvariantCulture),
                        notification.IdempotencyKey,
                        notification.Kind,
                        notification.MessageId),
                    cancellationToken);
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> notifications that are due (pending and past their next attempt, or
    /// claimed by a deliverer whose lease ran out) and not expired, leasing them until now + <paramref name="lease"/>.
    /// Each claim adds one to the attempts, which becomes the claim's fencing token.
    /// </summary>
    public Task<IReadOnlyList<ClaimedNotification>> ClaimDueAsync(
        DateTimeOffset now,
        int batchSize,
        TimeSpan lease,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    $"""
                    WITH due AS MATERIALIZED (
                        SELECT id FROM notifications
                        WHERE ((status = 'pending' AND next_attempt_at <= @now)
                               OR (status = 'sending' AND lease_until <= @now))
                          AND (expires_at IS NULL OR expires_at > @now)
                        ORDER BY id
                        LIMIT @batch_size{database.SkipLocked}
                    )
                    UPDATE notifications
                    SET status = 'sending', attempts = attempts + 1, lease_until = @lease_until
                    WHERE id IN (SELECT id FROM due)
                    RETURNING id, attempts, idempotency_key, kind, pip_id, recipients, message_id, mime, expires_at
                    """);
                command.AddParameter("@now", database.TimestampValue(now));
                command.AddParameter("@batch_size", batchSize);
                command.AddParameter("@lease_until", database.TimestampValue(now + lease));

                var claimed = new List<ClaimedNotification>();
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        claimed.Add(new ClaimedNotification(
                            reader.GetInt64(0),
                            reader.GetInt32(1),
                            reader.GetString(2),
                            reader.GetString(3),
                            reader.GetNullableString(4),
                            RecipientList.FromJson(reader.GetString(5)),
                            reader.GetString(6),
                            reader.GetFieldValue<byte[]>(7),
                            database.ReadNullableTimestamp(reader, 8)));
                    }
                }

                return (IReadOnlyList<ClaimedNotification>)[.. claimed.OrderBy(notification => notification.Id)];
            },
            cancellationToken);
    }

    /// <summary>
    /// Records delivery. Returns false, changing nothing, when the claim is stale (the row was claimed again). A row
    /// that expired while this claim was sending is still marked sent, because it was.
    /// </summary>
    public Task<bool> MarkSentAsync(
        long id,
        int claimedAttempt,
        string? smtpResponse,
        DateTimeOffset now,
        CancellationToken cancellationToken) =>
        FinishAsync(
            """
            UPDATE notifications
            SET status = 'sent', sent_at = @now, smtp_response = @detail, lease_until = NULL
            WHERE id = @id AND attempts = @attempt AND status IN ('sending', 'expired')
            RETURNING pip_id, idempotency_key, kind, message_id
            """,
            id,
            claimedAttempt,
            smtpResponse,
            now,
            AuditKinds.NotificationSent,
            details => details with { SmtpResponse = smtpResponse },
            cancellationToken);

    /// <summary>Puts a claimed notification back for another attempt at <paramref name="nextAttemptAt"/>.</summary>
    public Task<bool> MarkForRetryAsync(
        long id,
        int claimedAttempt,
        DateTimeOffset nextAttemptAt,
        string error,
        CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    UPDATE notifications
                    SET status = 'pending', next_attempt_at = @next_attempt_at, last_error = @error, lease_until = NULL
                    WHERE id = @id AND attempts = @attempt AND status = 'sending'
                    """);
                command.AddParameter("@id", id);
                command.AddParameter("@attempt", claimedAttempt);
                command.AddParameter("@next_attempt_at", database.TimestampValue(nextAttemptAt));
                command.AddParameter("@error", error);
                return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            cancellationToken);

    /// <summary>Records a permanent failure (for example a 5xx reply) so the notification is never tried again.</summary>
    public Task<bool> MarkFailedAsync(
        long id,
        int claimedAttempt,
        string error,
        DateTimeOffset now,
        CancellationToken cancellationToken) =>
        FinishAsync(
            """
            UPDATE notifications
            SET status = 'failed', last_error = @detail, lease_until = NULL
            WHERE id = @id AND attempts = @attempt AND status = 'sending'
            RETURNING pip_id, idempotency_key, kind, message_id
            """,
            id,
            claimedAttempt,
            error,
            now,
            AuditKinds.NotificationFailed,
            details => details with { Error = error },
            cancellationToken);

    /// <summary>
    /// Expires notifications whose expiry has passed while they were pending, or while a deliverer that has since
    /// lost its lease held them; returns how many.
    /// </summary>
    public Task<int> ExpireDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    UPDATE notifications
                    SET status = 'expired', lease_until = NULL
                    WHERE expires_at <= @now
                      AND (status = 'pending' OR (status = 'sending' AND lease_until <= @now))
                    RETURNING id, pip_id, idempotency_key, kind, message_id
                    """);
                command.AddParameter("@now", database.TimestampValue(now));
                var expired = new List<(string? PipId, NotificationAuditDetails Details)>();
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        expired.Add((
                            reader.GetNullableString(1),
                            new NotificationAuditDetails(
                                reader.GetInt64(0),
                                reader.GetString(2),
                                reader.GetString(3),
                                reader.GetString(4))));
                    }
                }

                foreach (var (pipId, details) in expired.OrderBy(row => row.Details.NotificationId))
                {
                    await AuditAsync(
                        connection, transaction, now, AuditKinds.NotificationExpired, pipId, details, cancellationToken);
                }

                return expired.Count;
            },
            cancellationToken);

    private Task<bool> FinishAsync(
        string sql,
        long id,
        int claimedAttempt,
        string? detail,
        DateTimeOffset now,
        string auditKind,
        Func<NotificationAuditDetails, NotificationAuditDetails> completeDetails,
        CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                string? pipId;
                NotificationAuditDetails details;
                await using (var command = connection.CreateCommand(transaction, sql))
                {
                    command.AddParameter("@id", id);
                    command.AddParameter("@attempt", claimedAttempt);
                    command.AddParameter("@detail", detail);
                    command.AddParameter("@now", database.TimestampValue(now));
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    if (!await reader.ReadAsync(cancellationToken))
                    {
                        return false;
                    }

                    pipId = reader.GetNullableString(0);
                    details = new NotificationAuditDetails(
                        id, reader.GetString(1), reader.GetString(2), reader.GetString(3), claimedAttempt);
                }

                await AuditAsync(connection, transaction, now, auditKind, pipId, completeDetails(details), cancellationToken);
                return true;
            },
            cancellationToken);

    private Task AuditAsync(
        DbConnection connection,
        DbTransaction transaction,
        DateTimeOffset at,
        string kind,
        string? pipId,
        NotificationAuditDetails details,
        CancellationToken cancellationToken) =>
        AuditLog.AppendAsync(
            database,
            connection,
            transaction,
            new AuditEvent(
                at, kind, pipId, JsonSerializer.Serialize(details, StorageJsonContext.Readable.NotificationAuditDetails)),
            cancellationToken);
}
