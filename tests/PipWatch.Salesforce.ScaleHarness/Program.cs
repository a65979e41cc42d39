using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Plans;
using PipWatch.Salesforce;
using PipWatch.Salesforce.Auth;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.ScaleHarness;
using PipWatch.Salesforce.Soql;
using PipWatch.Salesforce.Users;
using PipWatch.Testing.Salesforce;

// Usage: dotnet run -c Release --project tests/PipWatch.Salesforce.ScaleHarness [-- 50 500 5000]
// Serves a simulated org on loopback with 50 ms latency per API call, then for each rep count measures a first
// poll (90 days) and an incremental poll (14-day restatement window), next to one query per rep per metric.
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [50, 500, 5000];
const int NaiveSampleCap = 500;
var latency = TimeSpan.FromMilliseconds(50);
var today = new DateOnly(2026, 6, 30);
var planStart = today.AddDays(-89);
var settings = new SalesforceSettings { AuthFlow = SalesforceAuthFlow.ClientCredentials, ClientId = "harness", MaxParallelQueries = 4 };
var metricCount = HarnessMetrics.All.Count;

Console.WriteLine($"Simulated org over loopback, {latency.TotalMilliseconds:0} ms latency per API call, {metricCount} metrics, plans of 90 days.");
Console.WriteLine($"Parallelism: {settings.MaxParallelQueries} queries in flight (salesforce.max_parallel_queries), for PipWatch and for the naive approach alike.");
Console.WriteLine("Salesforce caps concurrent requests that run 20 s or more at 25 (production) or 5 (developer orgs); these aggregates");
Console.WriteLine("take well under a second, and 4 in flight stays below even the developer-org cap.");
Console.WriteLine();
Console.WriteLine("| reps | poll | days | PipWatch calls (users + metrics) | splits | wall | naive calls | naive wall | fewer calls | goal |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");

foreach (var reps in sizes)
{
    var org = new GeneratedOrg(reps, planStart, today);
    await using var fake = await FakeSalesforce.StartAsync(new FakeOrg(org));
    fake.Latency = latency;
    fake.ApiAllowed = 100_000_000;

    var services = new ServiceCollection().AddLogging();
    services.AddSalesforce(settings with { LoginUrl = fake.LoginUrl }, new SalesforceCredentials { ClientSecret = "harness" });
    await using var provider = services.BuildServiceProvider();
    var pips = org.RepIds.Select(id => new Pip(id, new RepReference(id), planStart, today.AddDays(30), [], [], [])).ToList();
    var zones = org.RepIds.Select(id => (RepId: id, Zone: TimeZoneInfo.FindSystemTimeZoneById(org.ZoneOf(id)))).ToList();

    // Warm the generator and the session so neither is counted in a poll.
    _ = org.Records("Task", null).Count();
    await provider.GetRequiredService<SalesforceSession>().GetTokenAsync(CancellationToken.None);

    foreach (var (poll, watermark) in new[] { ("first", (DateOnly?)null), ("incremental", today) })
    {
        var window = PollWindow.Compute(planStart, watermark, today)!.Value;
        var days = window.Last.DayNumber - window.First.DayNumber + 1;

        var before = fake.ApiRequestCount;
        var clock = Stopwatch.StartNew();
        var people = await provider.GetRequiredService<UserDirectory>().ResolveAsync(pips, CancellationToken.None);
        var windows = people.Pips.Select(p => new RepWindow(p.Rep!.Id, p.Rep.TimeZoneSidKey!, window)).ToList();
        var fetched = await provider.GetRequiredService<MetricFetcher>().FetchAsync(windows, HarnessMetrics.All, CancellationToken.None);
        clock.Stop();
        var ours = fake.ApiRequestCount - before;

        var sample = Math.Min(reps, NaiveSampleCap);
        var naive = new NaivePoller(provider.GetRequiredService<SalesforceClient>(), settings.MaxParallelQueries);
        var naiveClock = Stopwatch.StartNew();
        var naiveCalls = await naive.PollAsync(zones.Take(sample).ToList(), window, CancellationToken.None);
        naiveClock.Stop();
        var scale = (double)reps / sample;
        var naiveTotal = (long)Math.Round(naiveCalls * scale);
        var naiveWall = TimeSpan.FromTicks((long)(naiveClock.Elapsed.Ticks * scale));
        var extrapolated = sample < reps ? $" (extrapolated from {sample} reps measured)" : "";

        var rowsPerMetric = (long)reps * days;
        var bound = (metricCount * (long)Math.Ceiling(rowsPerMetric / (double)SoqlLimits.MaxAggregateRows)) + 2;
        var ratio = naiveTotal / (double)ours;
        var goal = poll == "incremental" ? $"calls {ours} ≤ {bound} = {metricCount}×⌈{rowsPerMetric:N0}/2,000⌉+2: {(ours <= bound ? "met" : "MISSED")}" : "";
        if (reps == 500)
        {
            goal += $"{(goal.Length > 0 ? "; " : "")}≥50× fewer: {(ratio >= 50 ? "met" : "not met")}";
        }

        Console.WriteLine(
            $"| {reps:N0} | {poll} | {days} | {ours:N0} ({people.ApiCalls} + {fetched.ApiCalls}) | {fetched.Splits} | {Seconds(clock.Elapsed)} | " +
            $"{naiveTotal:N0}{extrapolated} | {Seconds(naiveWall)}{(sample < reps ? " (extrapolated)" : "")} | {ratio:0.0}× | {goal} |");
    }
}

static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture);
