using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PipWatch.Hosting;
using PipWatch.Jobs;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Telemetry;

/// <summary>
/// <c>pipwatch run</c>'s worker on the embedded storage, its recurring jobs triggered as their crons would: after a
/// poll, a planning run and the delivery it queues, /metrics on the health port serves every metric the README
/// documents, with the labels it documents and figures that match what happened.
/// </summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_Endpoint_Serves_Every_Documented_Metric_After_A_Cycle()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var port = WorkerEndpoint.FreePort();
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken, new WorldOptions { HealthPort = port });
        var personal = TelemetryScenario.Arrange(world);
        var clock = new FixedClock(TelemetryScenario.Now);
        await using var app = await WorkerHost.BuildAsync(
            PointedAtFake(world), world.ConfigDirectory, world.Environment, cancellationToken, services => services.AddSingleton<TimeProvider>(clock));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var worker = app.RunAsync(stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();

        // Act: the poll job, then the planning job, which queues the delivery job.
        jobs.Trigger(PollAndEvaluateJob.Id);
        await ScrapeUntilAsync(http, m => m.Sum("pipwatch_job_duration_seconds_count", ("job", PollAndEvaluateJob.Id)) >= 1, "the poll job to finish", worker, cancellationToken);
        jobs.Trigger(PlanNotificationsJob.Id);
        var metrics = await ScrapeUntilAsync(http, m => m.Sum("pipwatch_job_duration_seconds_count", ("job", DeliverOutboxJob.Id)) >= 1, "the delivery job to finish", worker, cancellationToken);
        await stop.CancelAsync();
        await worker;

        // Assert: every documented metric is served with its documented labels, and nothing undocumented of ours is.
        var documented = ObservabilityDocs.Metrics();
        foreach (var metric in documented)
        {
            var name = metric.Type == "histogram" ? metric.Name + "_count" : metric.Name;
            var samples = metrics.Named(name).ToList();
            samples.ShouldNotBeEmpty($"{name} is documented but not served:\n{metrics.Text}");
            foreach (var label in metric.Labels)
            {
                samples.ShouldAllBe(s => s.Labels.ContainsKey(label), $"{name} lacks its documented label '{label}'");
            }
        }

        var served = metrics.Samples.Select(s => BaseName(s.Name)).Where(n => n.StartsWith("pipwatch_", StringComparison.Ordinal)).Distinct();
        served.ShouldBeSubsetOf(documented.Select(m => m.Name), "a pipwatch_ metric is served but not documented in README.md");

        // Assert: the figures match what the cycle did.
        metrics.Sum("pipwatch_polls_total", ("outcome", "succeeded")).ShouldBe(1);
        metrics.Sum("pipwatch_poll_duration_seconds_count", ("outcome", "succeeded")).ShouldBe(1);
        metrics.Sum("pipwatch_salesforce_api_calls_total", ("kind", "login"), ("outcome", "success")).ShouldBe(1);
        metrics.Sum("pipwatch_salesforce_api_calls_total", ("kind", "aggregate"), ("outcome", "success")).ShouldBeGreaterThanOrEqualTo(2, "one aggregate per metric group");
        metrics.Sum("pipwatch_salesforce_api_calls_total", ("kind", "query"), ("outcome", "success")).ShouldBeGreaterThanOrEqualTo(1, "the people lookup");
        metrics.Sum("pipwatch_salesforce_api_remaining").ShouldBe(world.Salesforce.ApiAllowed - world.Salesforce.ApiUsed);
        metrics.Sum("pipwatch_salesforce_api_limit").ShouldBe(world.Salesforce.ApiAllowed);
        metrics.Sum("pipwatch_emails_total", ("kind", "rep_kickoff"), ("outcome", "sent")).ShouldBe(1);
        metrics.Sum("pipwatch_emails_total", ("kind", "manager_kickoff"), ("outcome", "sent")).ShouldBe(1);
        metrics.Sum("pipwatch_emails_total", ("outcome", "sent")).ShouldBe(world.Smtp.Messages.Count);
        metrics.Sum("pipwatch_outbox_pending").ShouldBe(0);
        metrics.Sum("pipwatch_outbox_oldest_pending_age_seconds").ShouldBe(0);
        metrics.Named("pipwatch_pips").Select(s => s.Labels["status"]).ShouldBe(["not_started", "met", "on_track", "at_risk", "off_track"], ignoreOrder: true);
        metrics.Sum("pipwatch_pips").ShouldBe(1, "one plan in scope");
        metrics.Sum("pipwatch_job_duration_seconds_count", ("outcome", "succeeded")).ShouldBe(3);
        metrics.Samples.SelectMany(s => s.Labels.Values).Where(v => personal.Any(p => v.Contains(p, StringComparison.Ordinal))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Metrics_Endpoint_Is_Not_Served_When_Prometheus_Is_Off()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var port = WorkerEndpoint.FreePort();
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken, new WorldOptions { HealthPort = port });
        var settings = PointedAtFake(world);
        settings = settings with { Telemetry = settings.Telemetry with { PrometheusEnabled = false } };
        await using var app = await WorkerHost.BuildAsync(settings, world.ConfigDirectory, world.Environment, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var worker = app.RunAsync(stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };

        // Act
        using var health = await WorkerEndpoint.GetWhenListeningAsync(http, "/healthz", worker, cancellationToken);
        using var metrics = await http.GetAsync(new Uri(TelemetrySetup.MetricsPath, UriKind.Relative), cancellationToken);
        await stop.CancelAsync();
        await worker;

        // Assert
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        metrics.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The world's settings with the connector pointed at the fake over plain HTTP, which the file cannot hold.</summary>
    private static Configuration.Settings.PipWatchSettings PointedAtFake(PipelineWorld world)
    {
        var settings = world.LoadSettings();
        return settings with { Salesforce = settings.Salesforce with { LoginUrl = world.Salesforce.LoginUrl } };
    }

    /// <summary>"name_count" and "name_bucket" belong to the histogram "name".</summary>
    private static string BaseName(string name) =>
        name.EndsWith("_seconds_count", StringComparison.Ordinal) || name.EndsWith("_seconds_sum", StringComparison.Ordinal) || name.EndsWith("_seconds_bucket", StringComparison.Ordinal)
            ? name[..(name.IndexOf("_seconds_", StringComparison.Ordinal) + "_seconds".Length)]
            : name;

    private static async Task<PrometheusText> ScrapeUntilAsync(
        HttpClient http, Func<PrometheusText, bool> done, string what, Task worker, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        var last = new PrometheusText("");
        while (!done(last))
        {
            if (deadline.IsCancellationRequested)
            {
                throw new ShouldAssertException($"waited 60 s for {what}; the last scrape:\n{last.Text}");
            }

            await Task.Delay(100, cancellationToken);
            using var reply = await WorkerEndpoint.GetWhenListeningAsync(http, TelemetrySetup.MetricsPath, worker, deadline.Token);
            reply.StatusCode.ShouldBe(HttpStatusCode.OK);
            last = new PrometheusText(await reply.Content.ReadAsStringAsync(cancellationToken));
        }

        return last;
    }
}
