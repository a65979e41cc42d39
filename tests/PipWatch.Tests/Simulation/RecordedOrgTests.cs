using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Hosting;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;
using PipWatch.Simulation;
using PipWatch.Sources;

namespace PipWatch.Tests.Simulation;

/// <summary>The org read once: one directory lookup, one fetch, and never a value past the simulated clock's local today.</summary>
public sealed class RecordedOrgTests
{
    private static readonly QueryMetric Calls = new("calls", "Calls", MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, null);
    private static readonly QueryMetric Meetings = new("meetings", "Meetings", MetricUnit.Count, "Event", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, null);

    [Fact]
    public async Task ReadAsync_Reads_Each_Rep_Once_From_The_Plan_Start_And_Serves_Nothing_After_The_Clocks_Local_Today()
    {
        // Arrange: a rep in Auckland (UTC+13 in November) on two plans, another rep in Los Angeles; values every day.
        var org = new CountingOrg(
            [new("auckland", "Aroha Ngata", "Pacific/Auckland"), new("angeles", "Luis Vega", "America/Los_Angeles")],
            day => new DateOnly(2026, 10, 1) <= day && day <= new DateOnly(2026, 11, 30));
        Pip[] pips =
        [
            Plan("first", "auckland", new DateOnly(2026, 11, 2)),
            Plan("second", "auckland", new DateOnly(2026, 10, 19)),
            Plan("third", "angeles", new DateOnly(2026, 11, 9)),
        ];
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero));
        var until = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

        // Act
        var recorded = await RecordedOrg.ReadAsync(org, pips, [Calls, Meetings], until, clock, TestContext.Current.CancellationToken);
        var served = await recorded.FetchAsync(
            [
                new RepWindow("auckland", "Pacific/Auckland", new DateRange(new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 30))),
                new RepWindow("angeles", "America/Los_Angeles", new DateRange(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 30))),
            ],
            [Calls],
            TestContext.Current.CancellationToken);

        // Assert: one lookup and one fetch, each rep from their earliest start to their local day at the end.
        org.Lookups.ShouldBe(1);
        org.Fetches.ShouldHaveSingleItem().OrderBy(w => w.UserId, StringComparer.Ordinal).Select(w => (w.UserId, w.TimeZoneId, w.Days.First, w.Days.Last)).ShouldBe(
        [
            ("angeles", "America/Los_Angeles", new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 19)),
            ("auckland", "Pacific/Auckland", new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 20)),
        ]);
        recorded.ApiCalls.ShouldBe(1 + 2);

        // Assert: at 12:00 UTC on 11-10 it is already 11-11 in Auckland and still 11-10 in Los Angeles; nothing later.
        served.ApiCalls.ShouldBe(0);
        served.Values.ShouldAllBe(v => v.Metric == "calls");
        served.Values.Where(v => v.RepUserId == "auckland").Max(v => v.Day).ShouldBe(new DateOnly(2026, 11, 11));
        served.Values.Where(v => v.RepUserId == "auckland").Min(v => v.Day).ShouldBe(new DateOnly(2026, 10, 19));
        served.Values.Where(v => v.RepUserId == "angeles").Max(v => v.Day).ShouldBe(new DateOnly(2026, 11, 10));
        served.Values.Count.ShouldBe(24 + 2);

        // Arrange 2: a week later on the clock, the same question gets a week more (up to the end read).
        clock.Set(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var later = await recorded.FetchAsync(
            [new RepWindow("angeles", "America/Los_Angeles", new DateRange(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 30)))],
            [Calls, Meetings],
            TestContext.Current.CancellationToken);
        later.Values.Max(v => v.Day).ShouldBe(new DateOnly(2026, 11, 19));
        org.Fetches.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ResolvePeopleAsync_Serves_The_Recorded_People_And_Names_A_Plan_It_Never_Read()
    {
        // Arrange
        var org = new CountingOrg([new("auckland", "Aroha Ngata", "Pacific/Auckland")], _ => false);
        var read = Plan("read", "auckland", new DateOnly(2026, 11, 2));
        var recorded = await RecordedOrg.ReadAsync(org, [read], [Calls], new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), TimeProvider.System, TestContext.Current.CancellationToken);

        // Act
        var people = await recorded.ResolvePeopleAsync([read, Plan("other", "auckland", new DateOnly(2026, 1, 5))], TestContext.Current.CancellationToken);

        // Assert
        people.ApiCalls.ShouldBe(0);
        people.Pips[0].Rep!.Name.ShouldBe("Aroha Ngata");
        people.Pips[1].Rep.ShouldBeNull();
        people.Pips[1].Problems.ShouldHaveSingleItem().Message.ShouldContain("other");
        org.Lookups.ShouldBe(1);
    }

    private static Pip Plan(string id, string rep, DateOnly start) =>
        new(id, new RepReference(rep), start, start.AddDays(40), [], [], []);

    private sealed record Person(string Id, string Name, string Zone);

    /// <summary>An org holding one call and one meeting per rep on every day <c>hasData</c> accepts; it counts what it is asked.</summary>
    private sealed class CountingOrg(IReadOnlyList<Person> people, Func<DateOnly, bool> hasData) : IOrgSource
    {
        public int Lookups { get; private set; }

        public List<IReadOnlyCollection<RepWindow>> Fetches { get; } = [];

        public Task<DirectoryResult> ResolvePeopleAsync(IReadOnlyCollection<Pip> pips, CancellationToken cancellationToken)
        {
            Lookups++;
            var found = pips.Select(pip => people.First(p => p.Id == pip.Rep.Value))
                .Zip(pips, (person, pip) => new PipPeople(pip.Id, "", new SalesforceUser(person.Id, null, null, person.Name, null, person.Zone, "en_US", true), null, []));
            return Task.FromResult(new DirectoryResult([.. found], 1));
        }

        public Task<MetricFetchResult> FetchAsync(IReadOnlyCollection<RepWindow> reps, IEnumerable<MetricDefinition> metrics, CancellationToken cancellationToken)
        {
            Fetches.Add(reps);
            var names = metrics.Select(m => m.Name).ToList();
            var values = new List<DailyMetricValue>();
            foreach (var window in reps)
            {
                for (var day = window.Days.First; day <= window.Days.Last; day = day.AddDays(1))
                {
                    if (hasData(day))
                    {
                        values.AddRange(names.Select(name => new DailyMetricValue(window.UserId, name, day, 1, 1)));
                    }
                }
            }

            return Task.FromResult(new MetricFetchResult(values, names.Count, 0, null));
        }
    }
}
