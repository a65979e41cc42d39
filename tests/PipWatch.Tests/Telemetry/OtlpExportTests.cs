using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PipWatch.Configuration.Settings;
using PipWatch.Hosting;
using PipWatch.Jobs;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Telemetry;

/// <summary>
/// The worker with a collector configured over OTLP/HTTP: the poll job's trace and the metrics reach the collector
/// at their signal paths under the configured address, with the configured service name and no personal data.
/// </summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Worker_Exports_Traces_And_Metrics_To_The_Configured_Collector()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var collector = await OtlpReceiver.StartAsync();
        var port = WorkerEndpoint.FreePort();
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken, new WorldOptions { HealthPort = port });
        var personal = TelemetryScenario.Arrange(world);
        var settings = world.LoadSettings();
        settings = settings with
        {
            Salesforce = settings.Salesforce with { LoginUrl = world.Salesforce.LoginUrl },
            Telemetry = new TelemetrySettings
            {
                PrometheusEnabled = false,
                OtlpEndpoint = new Uri(collector.Address, "/collector/"),
                OtlpProtocol = OtlpProtocol.HttpProtobuf,
                ServiceName = "pipwatch-otlp-test",
            },
        };
        var clock = new FixedClock(TelemetryScenario.Now);

        // Act: one poll job, then a stop, which flushes what the exporters still hold.
        var app = await WorkerHost.BuildAsync(settings, world.ConfigDirectory, world.Environment, cancellationToken, s => s.AddSingleton<TimeProvider>(clock));
        await using (app)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var worker = app.RunAsync(stop.Token);
            app.Services.GetRequiredService<IRecurringJobManager>().Trigger(PollAndEvaluateJob.Id);
            await WaitForJobAsync(app.Services.GetRequiredService<JobStorage>(), worker, cancellationToken);
            await stop.CancelAsync();
            await worker;
        }

        // Assert
        var traces = collector.Received("/collector/v1/traces");
        var metrics = collector.Received("/collector/v1/metrics");
        collector.Exports.ShouldAllBe(e => e.ContentType.StartsWith("application/x-protobuf", StringComparison.Ordinal));
        foreach (var span in new[] { "pipwatch.poll_and_evaluate", "pipwatch.resolve_people", "pipwatch.poll", "pipwatch.poll.metric_group", "pipwatch.evaluate" })
        {
            traces.ShouldContain(span);
        }

        traces.ShouldContain("pipwatch-otlp-test");
        metrics.ShouldContain("pipwatch.polls");
        metrics.ShouldContain("pipwatch.salesforce.api.remaining");
        metrics.ShouldContain("pipwatch-otlp-test");
        personal.Where(p => traces.Contains(p, StringComparison.Ordinal) || metrics.Contains(p, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task One_Shot_Services_Start_No_Exporter()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);

        // Act: the services run-once, status and the demo are built on.
        await using var services = await world.BuildServicesAsync(new FixedClock(TelemetryScenario.Now), cancellationToken);

        // Assert: the meters exist for the pipeline to record on, but nothing collects or exports them.
        services.GetRequiredService<PipWatch.Telemetry.PipWatchMetrics>().ShouldNotBeNull();
        services.GetService<MeterProvider>().ShouldBeNull();
        services.GetService<TracerProvider>().ShouldBeNull();
    }

    /// <summary>Until Hangfire has recorded the triggered job as succeeded.</summary>
    private static async Task WaitForJobAsync(JobStorage storage, Task worker, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        var monitoring = storage.GetMonitoringApi();
        while (monitoring.SucceededListCount() == 0)
        {
            worker.IsCompleted.ShouldBeFalse("the worker stopped before the job ran");
            monitoring.FailedCount().ShouldBe(0, "the poll job failed");
            await Task.Delay(100, deadline.Token);
        }
    }
}
