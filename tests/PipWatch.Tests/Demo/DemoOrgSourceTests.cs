using Microsoft.Extensions.Time.Testing;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Demo;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;

namespace PipWatch.Tests.Demo;

public sealed class DemoOrgSourceTests
{
    private readonly DemoWorld _world = DemoWorld.Instance;

    [Fact]
    public async Task ResolvePeopleAsync_Finds_Every_Demo_Plans_Rep_And_Manager()
    {
        // Arrange
        var source = new DemoOrgSource(DemoOrg.Instance, _world.Generator, new FakeTimeProvider());
        var pips = _world.Configuration.Pips;

        // Act
        var result = await source.ResolvePeopleAsync(pips, TestContext.Current.CancellationToken);

        // Assert
        result.Pips.Count.ShouldBe(pips.Count);
        result.ApiCalls.ShouldBe(2);
        foreach (var people in result.Pips)
        {
            people.Problems.ShouldBeEmpty(people.PipId);
            var rep = people.Rep.ShouldNotBeNull();
            var manager = people.Manager.ShouldNotBeNull();
            manager.Email.ShouldNotBeNullOrEmpty();
            var pip = pips.Single(p => p.Id == people.PipId);
            people.SourceFile.ShouldBe(pip.SourceFile);
            rep.Id.ShouldBe(DemoWorld.RepOf(pip).Id);
            if (pip.ManagerOverride is null)
            {
                manager.Id.ShouldBe(rep.ManagerId);
            }
        }

        result.Pips.Single(p => p.PipId == DemoStories.FailurePip).Manager!.Name.ShouldBe("Helena Brandt");
    }

    [Fact]
    public async Task ResolvePeopleAsync_Reports_Unknown_People_Like_The_Salesforce_Directory()
    {
        // Arrange
        var source = new DemoOrgSource(DemoOrg.Instance, _world.Generator, new FakeTimeProvider());
        var template = _world.Plan(DemoStories.SteadyImprovementPip);
        var unknownRep = template with { Id = "unknown-rep", Rep = new RepReference("someone@elsewhere.example") };
        var unknownManager = template with { Id = "unknown-manager", ManagerOverride = "005Dm00000ZZZZZIAA" };

        // Act
        var result = await source.ResolvePeopleAsync([unknownRep, unknownManager], TestContext.Current.CancellationToken);

        // Assert
        var noRep = result.Pips.Single(p => p.PipId == "unknown-rep");
        noRep.Rep.ShouldBeNull();
        noRep.Manager.ShouldBeNull();
        var problem = noRep.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(PeopleProblemKind.UnknownRep);
        problem.Message.ShouldContain("someone@elsewhere.example");
        problem.Message.ShouldContain("unknown-rep");

        var noManager = result.Pips.Single(p => p.PipId == "unknown-manager");
        noManager.Rep.ShouldNotBeNull().Name.ShouldBe("Tyler Brooks");
        noManager.Problems.ShouldHaveSingleItem().Kind.ShouldBe(PeopleProblemKind.UnknownManager);
    }

    [Fact]
    public async Task ResolvePeopleAsync_Follows_The_Departing_Manager_From_Deactivation_To_Reassignment()
    {
        // Arrange: the plans of the team whose manager leaves, read before, during and after the gap.
        var departure = DemoOrg.Instance.Departure.ShouldNotBeNull();
        var clock = new FakeTimeProvider(departure.DeactivatedAt.AddMinutes(-1));
        var source = new DemoOrgSource(DemoOrg.Instance, _world.Generator, clock);
        var team = _world.Configuration.Pips.Where(p => DemoWorld.RepOf(p).User.ManagerId == departure.ManagerId).ToList();
        var cancellationToken = TestContext.Current.CancellationToken;

        // Act
        var before = await source.ResolvePeopleAsync(team, cancellationToken);
        clock.SetUtcNow(departure.DeactivatedAt);
        var during = await source.ResolvePeopleAsync(team, cancellationToken);
        clock.SetUtcNow(departure.ReassignedAt);
        var after = await source.ResolvePeopleAsync(team, cancellationToken);

        // Assert: the manager is inactive for the gap (a problem per plan, the rep still found), then the successor.
        team.Count.ShouldBe(2);
        before.Pips.ShouldAllBe(p => p.Problems.Count == 0 && p.Manager!.Id == departure.ManagerId && p.Manager.IsActive);
        foreach (var people in during.Pips)
        {
            people.Rep.ShouldNotBeNull();
            people.Manager.ShouldNotBeNull().IsActive.ShouldBeFalse();
            var problem = people.Problems.ShouldHaveSingleItem();
            problem.Kind.ShouldBe(PeopleProblemKind.InactiveManager);
            problem.Message.ShouldContain("Elena Vasquez");
        }

        after.Pips.ShouldAllBe(p => p.Problems.Count == 0 && p.Manager!.Id == departure.SuccessorId && p.Manager.IsActive);
    }

    [Fact]
    public async Task FetchAsync_Returns_What_The_Org_Holds_At_The_Clocks_Now()
    {
        // Arrange: Tuesday 10:00 in New York.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 6, 14, 0, 0, TimeSpan.Zero));
        var source = new DemoOrgSource(DemoOrg.Instance, _world.Generator, clock);
        var tyler = DemoOrg.Instance.Match("tyler.brooks@demo.pipwatch.example").Single();
        RepWindow[] reps = [new(tyler.Id, tyler.User.TimeZoneSidKey!, new DateRange(new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 11)))];
        var today = new DateOnly(2026, 10, 6);
        var cancellationToken = TestContext.Current.CancellationToken;

        // Act
        var morning = await source.FetchAsync(reps, _world.Catalog.All, cancellationToken);
        clock.Advance(TimeSpan.FromHours(8));
        var evening = await source.FetchAsync(reps, _world.Catalog.All, cancellationToken);

        // Assert: one query per metric read from the org (the ratio is computed, not read), no usage figures.
        morning.ApiCalls.ShouldBe(_world.Catalog.All.OfType<QueryMetric>().Count());
        morning.Splits.ShouldBe(0);
        morning.Usage.ShouldBeNull();
        morning.Values.ShouldNotContain(v => v.Metric == "meeting_to_opp");
        morning.Values.ShouldAllBe(v => v.Day <= today && v.RepUserId == tyler.Id);
        morning.Values.ShouldBe(_world.Generator.Generate(reps, _world.Catalog.All, clock.Start));

        // The rest of the day arrives as the clock moves on.
        var callsMorning = morning.Values.Single(v => v.Metric == "calls" && v.Day == today).Count;
        var callsEvening = evening.Values.Single(v => v.Metric == "calls" && v.Day == today).Count;
        callsEvening.ShouldBe(_world.Generator.ValueOn(tyler.Id, (QueryMetric)_world.Catalog.Get("calls", "test"), today)!.Value.Count);
        callsEvening.ShouldBeGreaterThan(callsMorning);
        evening.Values.Where(v => v.Day < today).ShouldBe(morning.Values.Where(v => v.Day < today));
    }

    [Fact]
    public async Task FetchAsync_With_Nothing_To_Read_Costs_Nothing()
    {
        // Arrange
        var source = new DemoOrgSource(DemoOrg.Instance, _world.Generator, new FakeTimeProvider());

        // Act
        var result = await source.FetchAsync([], _world.Catalog.All, TestContext.Current.CancellationToken);

        // Assert
        result.Values.ShouldBeEmpty();
        result.ApiCalls.ShouldBe(0);
    }

    [Fact]
    public async Task Source_Built_From_The_Clock_Alone_Reads_The_Shipped_Demo()
    {
        // Arrange
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 7, 0, 0, 0, TimeSpan.Zero));
        var source = new DemoOrgSource(clock);
        var ruby = DemoOrg.Instance.Match("rthompson@sales.demo.pipwatch.example").Single();
        RepWindow[] reps = [new(ruby.Id, ruby.User.TimeZoneSidKey!, new DateRange(new DateOnly(2026, 9, 21), new DateOnly(2026, 10, 6)))];

        // Act
        var result = await source.FetchAsync(reps, _world.Catalog.All, TestContext.Current.CancellationToken);

        // Assert
        result.Values.ShouldBe(_world.Generator.Generate(reps, _world.Catalog.All, clock.GetUtcNow()));
        result.Values.ShouldNotBeEmpty();
    }
}
