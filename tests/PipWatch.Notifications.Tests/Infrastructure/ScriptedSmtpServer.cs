using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PipWatch.Notifications.Tests.Infrastructure;

/// <summary>
/// A minimal SMTP server on loopback that can drop the connection at a chosen point of a chosen message —
/// the failures a well-behaved server library never produces, but networks and crashing relays do.
/// </summary>
public sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private int _messages;
    private int _sessions;

    public ScriptedSmtpServer(Func<int, Drop> script)
    {
        Script = script;
        _listener.Start();
        _running = Task.Run(AcceptAsync);
    }

    /// <summary>Where the server hangs up while handling a message.</summary>
    public enum Drop
    {
        Never,

        /// <summary>At MAIL FROM: nothing of the message was handed over.</summary>
        AtMailFrom,

        /// <summary>After the whole content arrived, before the final reply: the client cannot know.</summary>
        AfterContent,
    }

    /// <summary>Decides, by the message's position across all sessions (0, 1, …), where to hang up.</summary>
    public Func<int, Drop> Script { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>The contents the server fully received, accepted or not.</summary>
    public List<string> Received { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _running;
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping is the point.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _sessions);
            try
            {
                await ServeAsync(client.GetStream());
            }
            catch (IOException)
            {
                // The client went away; wait for the next one.
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        await using var writer = new StreamWriter(stream, Encoding.ASCII, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ready");
        var drop = Drop.Never;
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    drop = Script(_messages++);
                    if (drop == Drop.AtMailFrom)
                    {
                        return;
                    }

                    await writer.WriteLineAsync("250 2.1.0 Ok");
                    break;
                case "RCPT":
                    await writer.WriteLineAsync("250 2.1.5 Ok");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var content = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                    {
                        content.AppendLine(data);
                    }

                    lock (Received)
                    {
                        Received.Add(content.ToString());
                    }

                    if (drop == Drop.AfterContent)
                    {
                        return;
                    }

                    await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 2.0.0 Ok");
                    break;
            }
        }
    }
}
