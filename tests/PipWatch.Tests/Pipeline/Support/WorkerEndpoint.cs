using System.Net;
using System.Net.Sockets;

namespace PipWatch.Tests.Pipeline.Support;

/// <summary>Reaching a worker host's HTTP endpoints from a test: a free port to give it, and a first request that waits for it.</summary>
public static class WorkerEndpoint
{
    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>GETs <paramref name="path"/> once the worker listens (30 s at most); fails at once if the worker stops first.</summary>
    public static async Task<HttpResponseMessage> GetWhenListeningAsync(HttpClient http, string path, Task worker, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (worker.IsCompleted)
            {
                await worker;
                throw new ShouldAssertException("the worker stopped before it answered");
            }

            try
            {
                return await http.GetAsync(new Uri(path, UriKind.Relative), deadline.Token);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
                await Task.Delay(50, deadline.Token);
            }
        }
    }
}
