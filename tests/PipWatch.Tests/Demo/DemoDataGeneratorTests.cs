using PipWatch.Core.Calendar;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Demo;
using PipWatch.Salesforce.Metrics;

namespace PipWatch.Tests.Demo;

public sealed class DemoDataGeneratorTests
{
    private static readonly DateOnly Tuesday = new(2026, 10, 6);

    private readonly DemoWorld _world = DemoWorld.Instance;

    [Fact]
    public void Two_Generators_With_The_Same_Seed_Give_The_Same_Values()
    {
        // Arrange
        var configuration = DemoConfiguration.Load();
        var first = DemoConfiguration.CreateGenerator(configuration);
        var second = DemoConfiguration.CreateGenerator(DemoConfiguration.Load());
        var windows = EveryRep(new DateRange(new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)));
        var metrics = _world.Catalog.All;
        var asOf = new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);

        // Act
        var a = first.Generate(windows, metrics, asOf);
        var b = second.Generate(windows.AsEnumerable().Reverse(), metrics.Reverse(), asOf);

        // Assert: the same values whatever order they are asked for in.
        a.Count.ShouldBeGreaterThan(20_000);
        b.OrderBy(Key).ShouldBe(a.OrderBy(Key));
    }

    [Fact]
    public void Another_Seed_Gives_Other_Noise()
    {
        // Arrange
        var configuration = DemoConfiguration.Load();
        var windows = EveryRep(new DateRange(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)));
        var asOf = new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);

        // Act
        var a = DemoConfiguration.CreateGenerator(configuration, seed: 1).Generate(windows, _world.Catalog.All, asOf);
        var b = DemoConfiguration.CreateGenerator(configuration, seed: 2).Generate(windows, _world.Catalog.All, asOf);

        // Assert
        b.OrderBy(Key).ShouldNotBe(a.OrderBy(Key));
    }

    [Fact]
    public void At_Ten_Local_Today_Holds_Part_Of_The_Day_And_Later_Days_Are_Absent()
    {
        // Arrange: Tyler works in New York; 10:00 there is an eighth of the way through the working day.
        var tyler = DemoOrg.Instance.Match("tyler.brooks@demo.pipwatch.example").Single();
        var calls = Metric("calls");
        var zone = TimeZones.FromIana(tyler.User.TimeZoneSidKey!);
        var asOf = TimeZones.StartOfDay(Tuesday, zone).AddHours(10);
        var window = new RepWindow(tyler.Id, tyler.User.TimeZoneSidKey!, new DateRange(Tuesday.AddDays(-5), Tuesday.AddDays(5)));

        // Act
        var values = _world.Generator.Generate([window], [calls], asOf);

        // Assert
        var full = _world.Generator.ValueOn(tyler.Id, calls, Tuesday).ShouldNotBeNull();
        var today = values.Single(v => v.Day == Tuesday);
        today.Count.ShouldBe((long)Math.Floor((full.Count / 8.0) + 0.5));
        today.Count.ShouldBeGreaterThan(0);
        today.Count.ShouldBeLessThan(full.Count);
        values.ShouldAllBe(v => v.Day <= Tuesday);
        values.Where(v => v.Day < Tuesday).ShouldAllBe(v => v == _world.Generator.ValueOn(tyler.Id, calls, v.Day));
    }

    [Theory]
    [InlineData(8, 30, 0)]
    [InlineData(13, 0, 0.5)]
    [InlineData(17, 0, 1)]
    [InlineData(23, 0, 1)]
    public void Today_Fills_Up_Evenly_Over_The_Working_Hours(int hour, int minute, double share)
    {
        // Arrange
        var tyler = DemoOrg.Instance.Match("tyler.brooks@demo.pipwatch.example").Single();
        var calls = Metric("calls");
        var asOf = TimeZones.StartOfDay(Tuesday, TimeZones.FromIana(tyler.User.TimeZoneSidKey!)).AddHours(hour).AddMinutes(minute);
        var full = _world.Generator.ValueOn(tyler.Id, calls, Tuesday).ShouldNotBeNull().Count;

        // Act
        var today = _world.Generator.Generate([new RepWindow(tyler.Id, tyler.User.TimeZoneSidKey!, DateRange.OneDay(Tuesday))], [calls], asOf);

        // Assert
        today.Sum(v => v.Count).ShouldBe((long)Math.Floor((full * share) + 0.5));
    }

    [Fact]
    public void Each_Rep_Sees_Days_In_Their_Own_Time_Zone()
    {
        // Arrange: 10:00 on Tuesday in New York is 01:00 on Wednesday in Sydney, before anyone there has started.
        var ruby = DemoOrg.Instance.Match("rthompson@sales.demo.pipwatch.example").Single();
        var asOf = TimeZones.StartOfDay(Tuesday, TimeZones.FromIana("America/New_York")).AddHours(10);
        var window = new RepWindow(ruby.Id, ruby.User.TimeZoneSidKey!, new DateRange(Tuesday, Tuesday.AddDays(1)));

        // Act
        var values = _world.Generator.Generate([window], [Metric("calls")], asOf);

        // Assert: Tuesday is complete in Sydney and Wednesday has nothing yet.
        values.ShouldHaveSingleItem().ShouldBe(_world.Generator.ValueOn(ruby.Id, Metric("calls"), Tuesday)!.Value);
    }

    [Fact]
    public void Values_Have_The_Shape_Of_Salesforce_Aggregates()
    {
        // Arrange
        var values = _world.Generator.Generate(
            EveryRep(new DateRange(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30))),
            _world.Catalog.All,
            new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero));
        var byKey = values.ToDictionary(v => (v.RepUserId, v.Metric, v.Day));

        // Assert: counts carry the count in both figures; sums carry amounts with the record count; averages a sum of scores.
        values.Where(v => v.Metric is "calls" or "meetings_booked" or "opps_created").ShouldAllBe(v => v.Sum == v.Count && v.Count > 0);
        values.Where(v => v.Metric is "pipeline_created" or "closed_won").ShouldAllBe(v => v.Sum >= 100 * v.Count && v.Sum % 100 == 0);
        values.Where(v => v.Metric == "call_score").ShouldAllBe(v => v.Sum >= 0 && v.Sum <= 100 * v.Count);
        values.Where(v => v.Metric == "accounts_touched").ShouldAllBe(v => v.Sum >= 1 && v.Sum <= v.Count);

        // Opportunities created and pipeline created are the same records.
        foreach (var pipeline in values.Where(v => v.Metric == "pipeline_created"))
        {
            byKey[(pipeline.RepUserId, "opps_created", pipeline.Day)].Count.ShouldBe(pipeline.Count);
        }

        values.Count(v => v.Metric == "opps_created").ShouldBe(values.Count(v => v.Metric == "pipeline_created"));
    }

    [Fact]
    public void Weekends_Are_Quiet_And_Holidays_Silent()
    {
        // Arrange
        var values = _world.Generator.Generate(
            EveryRep(new DateRange(new DateOnly(2026, 8, 31), new DateOnly(2026, 11, 29))),
            [Metric("calls"), Metric("emails")],
            new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        // Act
        var weekdays = values.Where(v => v.Day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Sum(v => v.Count);
        var weekends = values.Where(v => v.Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Sum(v => v.Count);

        // Assert
        weekends.ShouldBeGreaterThan(0);
        weekends.ShouldBeLessThan(weekdays / 50);
        values.ShouldNotContain(v => _world.Settings.Calendar.Holidays.Contains(v.Day));
    }

    [Fact]
    public void Paused_Days_Have_No_Activity()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.PtoPausePip);
        var paused = pip.PausedDays.ShouldHaveSingleItem();
        var rep = DemoWorld.RepOf(pip);

        // Act
        var values = _world.Generator.Generate(
            [new RepWindow(rep.Id, rep.User.TimeZoneSidKey!, new DateRange(paused.First.AddDays(-7), paused.Last.AddDays(7)))],
            _world.Catalog.All,
            new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        // Assert
        values.ShouldNotContain(v => paused.Contains(v.Day));
        values.Count(v => v.Day < paused.First).ShouldBeGreaterThan(20);
        values.Count(v => v.Day > paused.Last).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Reps_Outside_The_Org_Have_No_Records_And_Bad_Ids_Are_Refused()
    {
        // Arrange
        var asOf = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var days = new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

        // Act
        var stranger = _world.Generator.Generate([new RepWindow("005Dm00000ZZZZZIAA", "UTC", days)], _world.Catalog.All, asOf);
        var manager = _world.Generator.Generate([new RepWindow(DemoOrg.Instance.Managers.First().Id, "UTC", days)], _world.Catalog.All, asOf);
        var error = Should.Throw<ArgumentException>(() => _world.Generator.Generate([new RepWindow("tyler", "UTC", days)], _world.Catalog.All, asOf));

        // Assert
        stranger.ShouldBeEmpty();
        manager.ShouldBeEmpty();
        error.Message.ShouldContain("'tyler'");
    }

    private static List<RepWindow> EveryRep(DateRange days) =>
        [.. DemoOrg.Instance.Reps.Select(r => new RepWindow(r.Id, r.User.TimeZoneSidKey!, days))];

    private static string Key(DailyMetricValue value) => $"{value.RepUserId}|{value.Metric}|{value.Day:yyyy-MM-dd}";

    private QueryMetric Metric(string name) => (QueryMetric)_world.Catalog.Get(name, "test");
}
