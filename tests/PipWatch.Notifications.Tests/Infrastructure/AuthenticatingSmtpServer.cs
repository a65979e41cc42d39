using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Authentication;

namespace PipWatch.Notifications.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback that requires AUTH (over plain text, as only a test may), to prove how the
/// sender treats good and bad credentials.
/// </summary>
public sealed class AuthenticatingSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public AuthenticatingSmtpServer(string user, string password)
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AllowUnsecureAuthentication(true)
                .AuthenticationRequired(true))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new DelegatingUserAuthenticator((givenUser, givenPassword) => givenUser == user && givenPassword == password));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

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
}
