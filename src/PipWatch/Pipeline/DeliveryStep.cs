using MimeKit;
using PipWatch.Configuration.Settings;
using PipWatch.Notifications.Delivery;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Mime;
using PipWatch.Storage.Notifications;
using PipWatch.Telemetry;

namespace PipWatch.Pipeline;

/// <summary>
/// Sends what the outbox holds: claims due notifications under a lease, hands them to the mail sender one batch per
/// connection, and records each outcome with the claim's attempt number, so a deliverer whose lease ran out cannot
/// overwrite a newer claim. Transient failures come back later with backoff; permanent ones are marked failed; a
/// digest not sent on its day expires. Several replicas can run this at once: claims never overlap.
/// </summary>
/// <remarks>
/// When the connection drops while a message is being handed over, the server may or may not have it. PipWatch sends
/// it again (same Message-Id, so clients and servers can spot the duplicate) rather than risk a silent loss.
/// </remarks>
public sealed partial class DeliveryStep(
    NotificationOutbox outbox, IMailSender sender, PipWatchMetrics metrics, TimeProvider time, ILogger<DeliveryStep> logger)
{
    public const int BatchSize = 50;

    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public Task<DeliverySummary> RunAsync(EmailSettings settings, CancellationToken cancellationToken) =>
        PipWatchTracing.InSpanAsync("pipwatch.deliver", async span =>
        {
            var summary = await DeliverAsync(settings, cancellationToken);
            span?.SetTag("pipwatch.emails.sent", summary.Sent);
            span?.SetTag("pipwatch.emails.retried", summary.Retrying);
            span?.SetTag("pipwatch.emails.failed", summary.Failed);
            span?.SetTag("pipwatch.emails.expired", summary.Expired);
            return summary;
        });

    private async Task<DeliverySummary> DeliverAsync(EmailSettings settings, CancellationToken cancellationToken)
    {
        var summary = new DeliverySummary();
        summary.Expired += await outbox.ExpireDueAsync(time.GetUtcNow(), cancellationToken);

        // Only digests carry an expiry (they must not arrive a day late), so every expired email is one.
        metrics.EmailDelivered(NotificationKind.ManagerDigest.ToKey(), EmailOutcome.Expired, summary.Expired);
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await outbox.ClaimDueAsync(time.GetUtcNow(), BatchSize, Lease, cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            var stop = await SendBatchAsync(claimed, settings, summary, cancellationToken);
            if (stop || claimed.Count < BatchSize)
            {
                break;
            }
        }

        if (summary.Attempted > 0 || summary.Expired > 0)
        {
            Log.Delivered(logger, summary.Sent, summary.Retrying, summary.Failed, summary.Expired);
        }

        return summary;
    }

    /// <summary>Sends one batch; true when the mail settings cannot work at all and the sweep should stop.</summary>
    private async Task<bool> SendBatchAsync(
        IReadOnlyList<ClaimedNotification> claimed, EmailSettings settings, DeliverySummary summary, CancellationToken cancellationToken)
    {
        var byMessageId = claimed.ToDictionary(c => c.MessageId, StringComparer.Ordinal);
        var messages = new List<MimeMessage>(claimed.Count);
        foreach (var notification in claimed)
        {
            try
            {
                messages.Add(MimeBytes.Parse(notification.Mime));
            }
            catch (FormatException ex)
            {
                byMessageId.Remove(notification.MessageId);
                await outbox.MarkFailedAsync(notification.Id, notification.Attempt, $"stored message cannot be read: {ex.Message}", time.GetUtcNow(), cancellationToken);
                metrics.EmailDelivered(notification.Kind, EmailOutcome.Failed);
                summary.Failed++;
            }
        }

        try
        {
            await foreach (var result in sender.SendAsync(messages, cancellationToken))
            {
                if (!byMessageId.Remove(result.MessageId, out var notification))
                {
                    continue;
                }

                summary.Attempted++;
                await RecordAsync(notification, result, settings, summary, cancellationToken);
            }
        }
        catch (MailConfigurationException ex)
        {
            Log.MailConfiguration(logger, ex.Message);
            foreach (var notification in byMessageId.Values)
            {
                await RetryOrFailAsync(notification, ex.Message, settings, summary, cancellationToken);
            }

            return true;
        }
        finally
        {
            foreach (var message in messages)
            {
                message.Dispose();
            }
        }

        return false;
    }

    private async Task RecordAsync(
        ClaimedNotification notification, DeliveryResult result, EmailSettings settings, DeliverySummary summary, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case DeliveryStatus.Sent:
                await outbox.MarkSentAsync(notification.Id, notification.Attempt, SentDetail(result), time.GetUtcNow(), cancellationToken);
                if (result.RefusedRecipients.Count > 0)
                {
                    Log.PartlyRefused(logger, notification.Kind, notification.IdempotencyKey, result.RefusedRecipients.Count);
                }

                metrics.EmailDelivered(notification.Kind, EmailOutcome.Sent);
                summary.Sent++;
                break;
            case DeliveryStatus.Permanent:
                await outbox.MarkFailedAsync(notification.Id, notification.Attempt, result.Detail, time.GetUtcNow(), cancellationToken);
                Log.Failed(logger, notification.Kind, notification.IdempotencyKey, result.Detail);
                metrics.EmailDelivered(notification.Kind, EmailOutcome.Failed);
                summary.Failed++;
                break;
            default:
                await RetryOrFailAsync(notification, result.Detail, settings, summary, cancellationToken);
                break;
        }
    }

    private async Task RetryOrFailAsync(
        ClaimedNotification notification, string reason, EmailSettings settings, DeliverySummary summary, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (notification.Attempt >= settings.MaxDeliveryAttempts)
        {
            await outbox.MarkFailedAsync(notification.Id, notification.Attempt, $"gave up after {notification.Attempt} attempts: {reason}", now, cancellationToken);
            Log.Failed(logger, notification.Kind, notification.IdempotencyKey, reason);
            metrics.EmailDelivered(notification.Kind, EmailOutcome.Failed);
            summary.Failed++;
            return;
        }

        await outbox.MarkForRetryAsync(notification.Id, notification.Attempt, now + Backoff(notification.Attempt), reason, cancellationToken);
        metrics.EmailDelivered(notification.Kind, EmailOutcome.Retried);
        summary.Retrying++;
    }

    /// <summary>
    /// The server's reply, and the recipients it refused while it took the message for the others: sending again
    /// would repeat it for everyone, so the outbox row is where ops find who did not get it.
    /// </summary>
    private static string SentDetail(DeliveryResult result) =>
        result.RefusedRecipients.Count == 0
            ? result.Detail
            : $"{result.Detail}; refused: {string.Join("; ", result.RefusedRecipients.Select(r => $"{r.Address} ({r.StatusCode} {r.Reply})"))}";

    /// <summary>1, 2, 4 … minutes, at most an hour: long outages are the outbox's to ride out, not a tight loop's.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempt - 1))));

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Delivery: {Sent} sent, {Retrying} to retry, {Failed} failed, {Expired} expired")]
        public static partial void Delivered(ILogger logger, int sent, int retrying, int failed, int expired);

        [LoggerMessage(2, LogLevel.Error, "A {Kind} notification ({Key}) could not be delivered: {Reason}")]
        public static partial void Failed(ILogger logger, string kind, string key, string reason);

        [LoggerMessage(3, LogLevel.Error, "Mail cannot be sent with the current settings: {Reason}. Messages wait in the outbox.")]
        public static partial void MailConfiguration(ILogger logger, string reason);

        [LoggerMessage(4, LogLevel.Warning, "A {Kind} notification ({Key}) went out, but {Count} recipient(s) were refused; see its delivery detail in the outbox")]
        public static partial void PartlyRefused(ILogger logger, string kind, string key, int count);
    }
}
