using PipWatch.Core.Plans;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Metrics;

public sealed class MetricFetcherCrossCheckTests
{
    private static readonly string[] Zones =
    [
        "America/Los_Angeles", "America/St_Johns", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu",
        "Australia/Adelaide", "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago",
    ];

    [Fact]
    public async Task Fetched_Days_Match_Each_Record_Converted_To_Its_Reps_Zone()
    {
        // Arrange: random opportunities around DST changes in zones with whole, half and three-quarter hour
        // offsets, reps with different windows, and an Id cap small enough to force several chunks.
        var random = new Random(20260301);
        var org = new FakeOrg();
        var reps = new List<RepWindow>();
        var records = new List<(string Owner, DateTimeOffset At, double Amount)>();
        for (var i = 0; i < 36; i++)
        {
            var zone = Zones[i % Zones.Length];
            var user = org.AddUser($"Rep {i}", timeZone: zone);
            var first = new DateOnly(2026, 3, 1).AddDays(random.Next(0, 20));
            reps.Add(new RepWindow(user.Id, zone, new DateRange(first, first.AddDays(random.Next(5, 40)))));
            for (var n = 0; n < 120; n++)
            {
                var at = new DateTimeOffset(2026, 2, 27, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60 * 24 * 65));
                var amount = Math.Round(random.NextDouble() * 1000, 2);
                org.AddOpportunity(user.Id, at, amount, DateOnly.FromDateTime(at.UtcDateTime));
                records.Add((user.Id, at, amount));
            }
        }

        await using var context = await SalesforceTestContext.StartAsync(s => s with { MaxIdsPerQuery = 7 }, org);

        // Act
        var result = await context.Fetcher.FetchAsync(reps, [MetricCatalogue.OppsCreated, MetricCatalogue.PipelineCreated], TestContext.Current.CancellationToken);

        // Assert
        var windows = reps.ToDictionary(r => r.UserId);
        var expected = records
            .Select(r => (r.Owner, Day: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.At, TimeZoneInfo.FindSystemTimeZoneById(windows[r.Owner].TimeZoneId)).DateTime), r.Amount))
            .Where(r => windows[r.Owner].Days.Contains(r.Day))
            .GroupBy(r => (r.Owner, r.Day))
            .ToDictionary(g => g.Key, g => (Count: g.LongCount(), Sum: g.Sum(x => x.Amount)));
        var counts = result.Values.Where(v => v.Metric == "opps_created").ToDictionary(v => (v.RepUserId, v.Day), v => v.Count);
        var sums = result.Values.Where(v => v.Metric == "pipeline_created").ToDictionary(v => (v.RepUserId, v.Day), v => v.Sum);

        counts.Keys.OrderBy(k => k).ShouldBe(expected.Keys.OrderBy(k => k));
        foreach (var (key, want) in expected)
        {
            counts[key].ShouldBe(want.Count, $"count for {key}");
            sums[key].ShouldBe(want.Sum, 1e-6, $"sum for {key}");
        }

        result.ApiCalls.ShouldBe(context.Fake.ApiRequestCount);
        context.Fake.Queries.ShouldAllBe(q => !q.Contains('+'));
    }
}
