using System.Net;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Metrics;

public sealed class MetricFetcherTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    [Fact]
    public async Task A_Date_Metric_Counts_Each_Stored_Date_With_One_Query()
    {
        // Arrange
        var org = new FakeOrg();
        var ada = org.AddUser("Ada Rep", timeZone: "America/Los_Angeles");
        var bo = org.AddUser("Bo Rep", timeZone: "Asia/Tokyo");
        org.AddTask(ada.Id, Day(3, 2));
        org.AddTask(ada.Id, Day(3, 2));
        org.AddTask(ada.Id, Day(3, 2), subtype: "Email");
        org.AddTask(ada.Id, Day(3, 6));
        org.AddTask(ada.Id, Day(3, 1));
        org.AddTask(bo.Id, Day(3, 3));
        await using var context = await SalesforceTestContext.StartAsync(org: org);
        RepWindow[] reps = [new(ada.Id, "America/Los_Angeles", new DateRange(Day(3, 2), Day(3, 6))), new(bo.Id, "Asia/Tokyo", new DateRange(Day(3, 2), Day(3, 6)))];

        // Act
        var result = await context.Fetcher.FetchAsync(reps, [MetricCatalogue.Calls], Token);

        // Assert: the stored date is the day, whatever the rep's zone; other subtypes and days outside are left out.
        result.ApiCalls.ShouldBe(1);
        context.Fake.Queries.ShouldHaveSingleItem().ShouldContain("GROUP BY OwnerId, ActivityDate");
        Sorted(result.Values).ShouldBe(
        [
            new DailyMetricValue(ada.Id, "calls", Day(3, 2), 2, 2),
            new DailyMetricValue(ada.Id, "calls", Day(3, 6), 1, 1),
            new DailyMetricValue(bo.Id, "calls", Day(3, 3), 1, 1),
        ]);
    }

    [Fact]
    public async Task Metrics_On_The_Same_Records_Share_A_Query_And_Keep_Sums_And_Counts()
    {
        var org = new FakeOrg();
        var ada = org.AddUser("Ada Rep");
        org.AddTask(ada.Id, Day(3, 2), score: 4);
        org.AddTask(ada.Id, Day(3, 2), score: null);
        org.AddTask(ada.Id, Day(3, 2), score: 5.5);
        org.AddTask(ada.Id, Day(3, 3), score: null);
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var result = await context.Fetcher.FetchAsync(
            [new RepWindow(ada.Id, "America/New_York", new DateRange(Day(3, 1), Day(3, 5)))],
            [MetricCatalogue.Calls, MetricCatalogue.CallScore, MetricCatalogue.Conversion],
            Token);

        // One query for both Task metrics, none for the ratio (the core computes it from its parts).
        result.ApiCalls.ShouldBe(1);
        Sorted(result.Values).ShouldBe(
        [
            new DailyMetricValue(ada.Id, "call_score", Day(3, 2), 9.5, 2),
            new DailyMetricValue(ada.Id, "calls", Day(3, 2), 3, 3),
            new DailyMetricValue(ada.Id, "calls", Day(3, 3), 1, 1),
        ]);
    }

    [Fact]
    public async Task A_Datetime_Metric_Lands_On_Each_Reps_Local_Day()
    {
        // Arrange: late-evening and just-after-midnight activities in three zones, one of them half an hour off UTC.
        var org = new FakeOrg();
        var la = org.AddUser("Los Angeles Rep", timeZone: "America/Los_Angeles");
        var berlin = org.AddUser("Berlin Rep", timeZone: "Europe/Berlin");
        var kolkata = org.AddUser("Kolkata Rep", timeZone: "Asia/Kolkata");
        org.AddEvent(la.Id, OrgBuilder.At("America/Los_Angeles", 2026, 3, 7, 23, 30));
        org.AddEvent(la.Id, OrgBuilder.At("America/Los_Angeles", 2026, 3, 8, 23, 30));
        org.AddEvent(la.Id, OrgBuilder.At("America/Los_Angeles", 2026, 3, 10, 23, 30));
        org.AddEvent(la.Id, OrgBuilder.At("America/Los_Angeles", 2026, 3, 11, 0, 30));
        org.AddEvent(la.Id, OrgBuilder.At("America/Los_Angeles", 2026, 3, 13, 0, 30));
        org.AddEvent(berlin.Id, OrgBuilder.At("Europe/Berlin", 2026, 3, 10, 23, 30));
        org.AddEvent(berlin.Id, OrgBuilder.At("Europe/Berlin", 2026, 3, 11, 0, 30));
        org.AddEvent(kolkata.Id, OrgBuilder.At("Asia/Kolkata", 2026, 3, 10, 23, 45));
        org.AddEvent(kolkata.Id, OrgBuilder.At("Asia/Kolkata", 2026, 3, 11, 0, 10));
        await using var context = await SalesforceTestContext.StartAsync(org: org);
        var window = new DateRange(Day(3, 7), Day(3, 12));
        RepWindow[] reps = [new(la.Id, "America/Los_Angeles", window), new(berlin.Id, "Europe/Berlin", window), new(kolkata.Id, "Asia/Kolkata", window)];

        // Act
        var result = await context.Fetcher.FetchAsync(reps, [MetricCatalogue.Meetings], Token);

        // Assert: 23:30 counts on that local day, 00:30 on the next, across the US DST change on 8 March.
        Sorted(result.Values).Select(v => (v.RepUserId, v.Day, v.Count)).ShouldBe(
        [
            (la.Id, Day(3, 7), 1L), (la.Id, Day(3, 8), 1L), (la.Id, Day(3, 10), 1L), (la.Id, Day(3, 11), 1L),
            (berlin.Id, Day(3, 10), 1L), (berlin.Id, Day(3, 11), 1L),
            (kolkata.Id, Day(3, 10), 1L), (kolkata.Id, Day(3, 11), 1L),
        ]);

        // One hour-bucket query for everyone, one more for the zone whose midnight is at half past a UTC hour.
        result.ApiCalls.ShouldBe(2);
        context.Fake.Queries.ShouldAllBe(q => q.Contains("GROUP BY OwnerId, DAY_ONLY(StartDateTime), HOUR_IN_DAY(StartDateTime)"));
        context.Fake.Queries.Count(q => q.Contains("(StartDateTime >= 2026-03-06T18:00:00Z AND StartDateTime < 2026-03-06T18:30:00Z)")).ShouldBe(1);
    }

    [Fact]
    public async Task Sums_Split_At_A_Half_Hour_Midnight()
    {
        var org = new FakeOrg();
        var rep = org.AddUser("Kolkata Rep", timeZone: "Asia/Kolkata");
        org.AddOpportunity(rep.Id, OrgBuilder.At("Asia/Kolkata", 2026, 3, 10, 23, 45), 100.25, Day(4, 30));
        org.AddOpportunity(rep.Id, OrgBuilder.At("Asia/Kolkata", 2026, 3, 11, 0, 10), 250, Day(4, 30));
        org.AddOpportunity(rep.Id, OrgBuilder.At("Asia/Kolkata", 2026, 3, 11, 0, 20), null, Day(4, 30));
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var result = await context.Fetcher.FetchAsync(
            [new RepWindow(rep.Id, "Asia/Kolkata", new DateRange(Day(3, 10), Day(3, 11)))],
            [MetricCatalogue.OppsCreated, MetricCatalogue.PipelineCreated],
            Token);

        Sorted(result.Values).ShouldBe(
        [
            new DailyMetricValue(rep.Id, "opps_created", Day(3, 10), 1, 1),
            new DailyMetricValue(rep.Id, "opps_created", Day(3, 11), 2, 2),
            new DailyMetricValue(rep.Id, "pipeline_created", Day(3, 10), 100.25, 1),
            new DailyMetricValue(rep.Id, "pipeline_created", Day(3, 11), 250, 2),
        ]);
    }

    [Fact]
    public async Task Owners_Are_Chunked_So_No_Aggregate_Passes_2000_Rows()
    {
        // Arrange: 30 reps × 91 days with a call every day is 2,730 rows: more than one aggregate can return.
        var org = new FakeOrg();
        var reps = Enumerable.Range(0, 30).Select(i => org.AddUser($"Rep {i}")).ToList();
        var window = new DateRange(Day(1, 1), Day(4, 1));
        foreach (var rep in reps)
        {
            for (var day = window.First; day <= window.Last; day = day.AddDays(1))
            {
                org.AddTask(rep.Id, day);
            }
        }

        await using var context = await SalesforceTestContext.StartAsync(org: org);

        // Act
        var result = await context.Fetcher.FetchAsync([.. reps.Select(r => new RepWindow(r.Id, "America/New_York", window))], [MetricCatalogue.Calls], Token);

        // Assert: split by owners into two queries up front, none refused.
        result.ApiCalls.ShouldBe(2);
        result.Splits.ShouldBe(0);
        result.Values.Count.ShouldBe(30 * 91);
        result.Values.ShouldAllBe(v => v.Count == 1);
    }

    [Fact]
    public async Task A_Query_Refused_For_Too_Many_Rows_Is_Split_And_Asked_Again()
    {
        // Arrange: meetings in three different hours every day make three hour buckets per rep and day.
        var org = new FakeOrg();
        var reps = Enumerable.Range(0, 25).Select(i => org.AddUser($"Rep {i}", timeZone: "UTC")).ToList();
        var window = new DateRange(Day(3, 1), Day(3, 30));
        foreach (var rep in reps)
        {
            for (var day = window.First; day <= window.Last; day = day.AddDays(1))
            {
                foreach (var hour in new[] { 9, 11, 15 })
                {
                    org.AddEvent(rep.Id, OrgBuilder.At("UTC", 2026, 3, day.Day, hour, 0));
                }
            }
        }

        await using var context = await SalesforceTestContext.StartAsync(org: org);

        // Act
        var result = await context.Fetcher.FetchAsync([.. reps.Select(r => new RepWindow(r.Id, "UTC", window))], [MetricCatalogue.Meetings], Token);

        // Assert: 2,250 rows were refused once, then fetched in two halves.
        result.Splits.ShouldBe(1);
        result.ApiCalls.ShouldBe(3);
        context.Fake.ApiRequestCount.ShouldBe(3);
        result.Values.Count.ShouldBe(25 * 30);
        result.Values.ShouldAllBe(v => v.Count == 3);
    }

    [Fact]
    public async Task A_Sparse_Metric_Packs_More_Reps_Per_Query_After_The_First_One()
    {
        // Arrange: 60 reps over 91 days could need 3 queries if every rep won a deal every day; they win every tenth day.
        var org = new FakeOrg();
        var reps = Enumerable.Range(0, 60).Select(i => org.AddUser($"Rep {i}")).ToList();
        var window = new DateRange(Day(1, 1), Day(4, 1));
        foreach (var rep in reps)
        {
            for (var day = window.First; day <= window.Last; day = day.AddDays(10))
            {
                org.AddOpportunity(rep.Id, OrgBuilder.At("UTC", 2025, 12, 1, 12, 0), 1000, day, won: true);
            }
        }

        await using var context = await SalesforceTestContext.StartAsync(org: org);

        // Act
        var result = await context.Fetcher.FetchAsync([.. reps.Select(r => new RepWindow(r.Id, "America/New_York", window))], [MetricCatalogue.ClosedWon], Token);

        // Assert: the first query showed about 0.1 rows per rep and day, so the other 39 reps fit in one more.
        result.ApiCalls.ShouldBe(2);
        result.Splits.ShouldBe(0);
        result.Values.Count.ShouldBe(60 * 10);
        result.Values.ShouldAllBe(v => v.Sum == 1000 && v.Count == 1);
    }

    [Fact]
    public async Task Request_Limit_Exceeded_Stops_The_Fetch_Cleanly()
    {
        var org = new FakeOrg();
        var rep = org.AddUser("Ada Rep");
        await using var context = await SalesforceTestContext.StartAsync(
            org: org,
            arrange: f => f.Responder = _ => FakeResponse.Error(HttpStatusCode.Forbidden, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));

        var error = await Should.ThrowAsync<SalesforceUsageLimitException>(() => context.Fetcher.FetchAsync(
            [new RepWindow(rep.Id, "UTC", new DateRange(Day(3, 1), Day(3, 2)))], [MetricCatalogue.Calls], Token));

        error.ErrorCode.ShouldBe("REQUEST_LIMIT_EXCEEDED");
        context.Fake.ApiRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task Fetch_Refuses_A_Rep_Id_That_Is_Not_An_Id()
    {
        await using var context = await SalesforceTestContext.StartAsync();

        var error = await Should.ThrowAsync<ArgumentException>(() => context.Fetcher.FetchAsync(
            [new RepWindow("005' OR OwnerId != '", "UTC", new DateRange(Day(3, 1), Day(3, 2)))], [MetricCatalogue.Calls], Token));

        error.Message.ShouldContain("not a Salesforce Id");
        context.Fake.ApiRequestCount.ShouldBe(0);
    }

    [Fact]
    public async Task Fetch_Refuses_An_Unknown_Time_Zone()
    {
        await using var context = await SalesforceTestContext.StartAsync();

        var error = await Should.ThrowAsync<ArgumentException>(() => context.Fetcher.FetchAsync(
            [new RepWindow("005000000000001AAA", "Mars/Olympus_Mons", new DateRange(Day(3, 1), Day(3, 2)))], [MetricCatalogue.Calls], Token));

        error.Message.ShouldContain("Mars/Olympus_Mons");
    }

    internal static List<DailyMetricValue> Sorted(IEnumerable<DailyMetricValue> values) =>
        [.. values.OrderBy(v => v.RepUserId, StringComparer.Ordinal).ThenBy(v => v.Metric, StringComparer.Ordinal).ThenBy(v => v.Day)];
}
