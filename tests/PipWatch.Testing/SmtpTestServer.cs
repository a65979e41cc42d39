using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PipWatch.Testing;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port, in the test process.
/// Tests can make it refuse recipients or reply with any code to a message, to exercise delivery failures.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly ConcurrentQueue<ReceivedMessage> _messages = new();

    private SmtpTestServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(builder => builder.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Recipients(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public static string Host => "127.0.0.1";

    public int Port { get; }

    public IReadOnlyCollection<ReceivedMessage> Messages => _messages;

    /// <summary>Decides per recipient address whether RCPT TO is accepted (a refusal is a 550).</summary>
    public Func<string, bool> RecipientFilter { get; set; } = _ => true;

    /// <summary>Decides the reply to each message's DATA; return null to accept and store it.</summary>
    public Func<MimeMessage, SmtpResponse?> DataReply { get; set; } = _ => null;

    /// <summary>How long the server works on each message after its DATA before it takes it (a slow server).</summary>
    public TimeSpan DataDelay { get; set; }

    /// <summary>
    /// How long the reply takes once a message is taken: the server has it, the client does not know yet. A client
    /// that dies in this window sends the message again when it restarts.
    /// </summary>
    public TimeSpan ReplyDelay { get; set; }

    /// <summary>Raised the moment a message is taken, before the reply goes out (and before <see cref="ReplyDelay"/>).</summary>
    public event EventHandler<ReceivedMessage>? MessageAccepted;

    public static SmtpTestServer Start() => new(FreeLoopbackPort());

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived.</summary>
    public async Task<IReadOnlyCollection<ReceivedMessage>> WaitForMessagesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (_messages.Count < count)
        {
            await Task.Delay(20, deadline.Token);
        }

        return _messages;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the point.
        }

        _stop.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Recipients(SmtpTestServer owner) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(owner.RecipientFilter(to.AsAddress()));
    }

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            if (owner.DataDelay > TimeSpan.Zero)
            {
                await Task.Delay(owner.DataDelay, cancellationToken);
            }

            if (owner.DataReply(message) is { } refusal)
            {
                return refusal;
            }

            var received = new ReceivedMessage(transaction.From.AsAddress(), [.. transaction.To.Select(to => to.AsAddress())], message);
            owner._messages.Enqueue(received);
            owner.MessageAccepted?.Invoke(owner, received);
            if (owner.ReplyDelay > TimeSpan.Zero)
            {
                await Task.Delay(owner.ReplyDelay, cancellationToken);
            }

            return SmtpResponse.Ok;
        }
    }
}
