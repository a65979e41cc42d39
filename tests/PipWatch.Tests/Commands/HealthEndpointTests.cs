using System.Net;
using System.Text.Json;
using PipWatch.Hosting;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Commands;

/// <summary><c>pipwatch run</c>'s worker host on the embedded storage: /healthz and /readyz answer, and cancelling stops it.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Worker_Answers_Healthz_And_Readyz_Then_Stops_When_Cancelled()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var port = WorkerEndpoint.FreePort();
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken, new WorldOptions { HealthPort = port });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var worker = Task.Run(() => WorkerHost.RunAsync(world.LoadSettings(), world.ConfigDirectory, world.Environment, stop.Token), cancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };

        // Act
        using var health = await WorkerEndpoint.GetWhenListeningAsync(http, "/healthz", worker, cancellationToken);
        using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative), cancellationToken);
        var readyBody = await ready.Content.ReadAsStringAsync(cancellationToken);
        await stop.CancelAsync();
        var stopped = await Task.WhenAny(worker, Task.Delay(TimeSpan.FromSeconds(30), cancellationToken));

        // Assert
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync(cancellationToken)))
        {
            body.RootElement.GetProperty("status").GetString().ShouldBe("alive");
        }

        ready.StatusCode.ShouldBe(HttpStatusCode.OK, readyBody);
        using (var body = JsonDocument.Parse(readyBody))
        {
            body.RootElement.GetProperty("status").GetString().ShouldBe("ready");
            body.RootElement.GetProperty("schemaVersion").GetInt32().ShouldBeGreaterThan(0);
            body.RootElement.GetProperty("lastPoll").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        stopped.ShouldBeSameAs(worker, "the worker did not stop within 30 s of cancellation");
        await worker;
        File.Exists(world.SqlitePath).ShouldBeTrue("the embedded storage migrates itself at start");
    }
}
