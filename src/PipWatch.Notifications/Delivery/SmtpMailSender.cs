using System.Runtime.CompilerServices;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;
using PipWatch.Configuration.Settings;

namespace PipWatch.Notifications.Delivery;

/// <summary>
/// Sends a batch over one SMTP connection: connect, authenticate when a username is set, send each message,
/// then QUIT. Each message gets its own result; a refusal of one never stops the others.
/// </summary>
/// <remarks>
/// <para>Partly refused recipients: MailKit abandons a message when any recipient is refused. Here the message goes
/// to the recipients the server accepted and counts as <see cref="DeliveryStatus.Sent"/>, with the refused ones
/// listed in <see cref="DeliveryResult.RefusedRecipients"/> for the outbox to record and report. Sending it again
/// would duplicate it for everyone who got it. Only when every recipient is refused does the message fail:
/// <see cref="DeliveryStatus.Transient"/> if any refusal was a 4xx, otherwise <see cref="DeliveryStatus.Permanent"/>.</para>
/// <para>After a broken connection or a 421 the next message reconnects; after any other failure the connection
/// is checked with NOOP first. When connecting fails, the rest of the batch is <see cref="DeliveryStatus.Transient"/>
/// without further attempts, so a dead server costs one timeout per batch, not one per message.</para>
/// </remarks>
public sealed partial class SmtpMailSender : IMailSender
{
    private const int ServiceNotAvailable = 421;

    private readonly SmtpSettings _settings;
    private readonly string? _password;
    private readonly ILogger<SmtpMailSender> _logger;

    /// <param name="password">The SMTP password, already read from its secret; null when no username is set.</param>
    public SmtpMailSender(SmtpSettings settings, string? password, ILogger<SmtpMailSender> logger)
    {
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new MailConfigurationException("email.smtp.host is empty: name the SMTP server, or remove email.smtp to write mail to the pickup folder.");
        }

        if (settings.Port is < 1 or > 65535)
        {
            throw new MailConfigurationException($"email.smtp.port is {settings.Port}: it must be between 1 and 65535 (usually 587 for STARTTLS, 465 for TLS).");
        }

        if (!string.IsNullOrEmpty(settings.Username) && string.IsNullOrEmpty(password))
        {
            throw new MailConfigurationException($"email.smtp.username is set but the password is empty; check {settings.Password?.ToString() ?? "email.smtp.password"}.");
        }

        if (settings.Timeout <= TimeSpan.Zero)
        {
            throw new MailConfigurationException($"email.smtp.timeout is {settings.Timeout}: it must be positive.");
        }

        _settings = settings;
        _password = password;
        _logger = logger;
    }

    public async IAsyncEnumerable<DeliveryResult> SendAsync(
        IReadOnlyList<MimeMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = messages.Select(RequireMessageId).ToList();
        if (messages.Count == 0)
        {
            yield break;
        }

        Log.BatchStarting(_logger, messages.Count, _settings.Host, _settings.Port);
        using var client = new TrackingSmtpClient
        {
            Timeout = (int)Math.Min(_settings.Timeout.TotalMilliseconds, int.MaxValue),
        };
        SmtpFailure? unreachable = null;
        var previousFailed = false;
        try
        {
            for (var index = 0; index < messages.Count; index++)
            {
                unreachable ??= await EnsureConnectedAsync(client, previousFailed, cancellationToken);
                if (unreachable is not null)
                {
                    yield return new DeliveryResult(ids[index], DeliveryStatus.Transient, unreachable.Reason);
                    continue;
                }

                var result = await SendOneAsync(client, messages[index], ids[index], cancellationToken);
                previousFailed = result.Status != DeliveryStatus.Sent;
                yield return result;
            }
        }
        finally
        {
            await DisconnectAsync(client, cancellationToken);
        }
    }

    private async Task<SmtpFailure?> EnsureConnectedAsync(TrackingSmtpClient client, bool probe, CancellationToken cancellationToken)
    {
        if (client.IsConnected && probe && !await IsAliveAsync(client, cancellationToken))
        {
            await DropAsync(client, cancellationToken);
        }

        if (client.IsConnected)
        {
            return null;
        }

        client.Stage = SmtpStage.Connect;
        try
        {
            await client.ConnectAsync(_settings.Host, _settings.Port, SocketOptions(_settings.Security), cancellationToken);
            Log.Connected(_logger, _settings.Host, _settings.Port, _settings.Security);
            if (!string.IsNullOrEmpty(_settings.Username))
            {
                client.Stage = SmtpStage.Authenticate;
                await client.AuthenticateAsync(_settings.Username, _password!, cancellationToken);
            }

            return null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var classified = SmtpFailureClassifier.Classify(failure, client.Stage);
            await DropAsync(client, cancellationToken);
            if (classified.Kind == SmtpFailureKind.Configuration)
            {
                Log.ConfigurationRefused(_logger, failure, _settings.Host, _settings.Port, classified.Reason);
                throw new MailConfigurationException($"Mail cannot be sent through {_settings.Host}:{_settings.Port}: {classified.Reason}", failure);
            }

            Log.ConnectionFailed(_logger, _settings.Host, _settings.Port, classified.Reason);
            return classified;
        }
    }

    private async Task<DeliveryResult> SendOneAsync(TrackingSmtpClient client, MimeMessage message, string id, CancellationToken cancellationToken)
    {
        client.BeginMessage();
        try
        {
            var reply = await client.SendAsync(message, cancellationToken);
            var recipients = message.GetRecipients(onlyUnique: true).ToList();
            var domains = AddressRedaction.Domains(recipients.Select(mailbox => mailbox.Address));
            Log.MessageSent(_logger, id, recipients.Count - client.Refused.Count, domains);
            if (client.Refused.Count > 0)
            {
                var refusedDomains = AddressRedaction.Domains(client.Refused.Select(refused => refused.Address));
                Log.RecipientsRefused(_logger, id, client.Refused.Count, refusedDomains);
            }

            return new DeliveryResult(id, DeliveryStatus.Sent, AddressRedaction.Redact(reply)) { RefusedRecipients = [.. client.Refused] };
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var classified = SmtpFailureClassifier.Classify(failure, client.Stage);
            if (classified.Kind == SmtpFailureKind.Configuration)
            {
                Log.ConfigurationRefused(_logger, failure, _settings.Host, _settings.Port, classified.Reason);
                throw new MailConfigurationException($"Mail cannot be sent through {_settings.Host}:{_settings.Port}: {classified.Reason}", failure);
            }

            // 421 means the server is closing the channel: the next message needs a fresh connection.
            if (failure is SmtpCommandException { StatusCode: (SmtpStatusCode)ServiceNotAvailable })
            {
                await DropAsync(client, cancellationToken);
            }

            var status = classified.Kind switch
            {
                SmtpFailureKind.Transient => DeliveryStatus.Transient,
                SmtpFailureKind.Permanent => DeliveryStatus.Permanent,
                _ => DeliveryStatus.Unknown,
            };
            Log.MessageFailed(_logger, id, status, classified.Reason);
            return new DeliveryResult(id, status, classified.Reason) { RefusedRecipients = [.. client.Refused] };
        }
    }

    private async Task<bool> IsAliveAsync(TrackingSmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.NoOpAsync(cancellationToken);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.ConnectionStale(_logger, _settings.Host, _settings.Port, failure.Message);
            return false;
        }
    }

    private async Task DropAsync(TrackingSmtpClient client, CancellationToken cancellationToken)
    {
        if (!client.IsConnected)
        {
            return;
        }

        try
        {
            await client.DisconnectAsync(false, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Log.DisconnectFailed(_logger, _settings.Host, _settings.Port, failure.Message);
        }
    }

    private async Task DisconnectAsync(TrackingSmtpClient client, CancellationToken cancellationToken)
    {
        // A cancelled token would fail QUIT at once; disposing the client then closes the socket anyway.
        if (!client.IsConnected || cancellationToken.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Log.DisconnectFailed(_logger, _settings.Host, _settings.Port, failure.Message);
        }
    }

    private static string RequireMessageId(MimeMessage message, int index) =>
        string.IsNullOrEmpty(message.MessageId)
            ? throw new ArgumentException($"Message {index} of the batch has no Message-Id; build messages with MimeMessageBuilder.", nameof(message))
            : message.MessageId;

    // Named one by one: Auto would fall back to plain text silently when a server stops offering STARTTLS.
    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new MailConfigurationException($"email.smtp.security '{security}' is not one of start_tls, ssl_on_connect, none."),
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Sending {Count} message(s) through {Host}:{Port}")]
        public static partial void BatchStarting(ILogger logger, int count, string host, int port);

        [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "Connected to {Host}:{Port} ({Security})")]
        public static partial void Connected(ILogger logger, string host, int port, SmtpSecurity security);

        [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Sent {MessageId} to {RecipientCount} recipient(s) at {Domains}")]
        public static partial void MessageSent(ILogger logger, string messageId, int recipientCount, string domains);

        [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Message {MessageId} went out, but {RefusedCount} recipient(s) at {Domains} were refused")]
        public static partial void RecipientsRefused(ILogger logger, string messageId, int refusedCount, string domains);

        [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Message {MessageId} not sent ({Status}): {Reason}")]
        public static partial void MessageFailed(ILogger logger, string messageId, DeliveryStatus status, string reason);

        [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "Cannot reach SMTP server {Host}:{Port}: {Reason}")]
        public static partial void ConnectionFailed(ILogger logger, string host, int port, string reason);

        [LoggerMessage(EventId = 3107, Level = LogLevel.Error, Message = "SMTP server {Host}:{Port} cannot be used as configured: {Reason}")]
        public static partial void ConfigurationRefused(ILogger logger, Exception exception, string host, int port, string reason);

        [LoggerMessage(EventId = 3108, Level = LogLevel.Debug, Message = "Connection to {Host}:{Port} went stale, reconnecting: {Reason}")]
        public static partial void ConnectionStale(ILogger logger, string host, int port, string reason);

        [LoggerMessage(EventId = 3109, Level = LogLevel.Debug, Message = "Closing the connection to {Host}:{Port} failed: {Reason}")]
        public static partial void DisconnectFailed(ILogger logger, string host, int port, string reason);
    }
}
