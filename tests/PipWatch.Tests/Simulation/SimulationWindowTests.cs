using System.Globalization;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Simulation;

namespace PipWatch.Tests.Simulation;

/// <summary>Which days count, which plans are replayed, and from when the simulated clock runs.</summary>
public sealed class SimulationWindowTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("2026-10-12", "2026-10-11", "--from 2026-10-12 is after --to 2026-10-11")]
    [InlineData("2025-01-01", "2026-01-02", "spans 367 days; simulate at most 366 days")]
    [InlineData("2026-11-01", "2026-11-26", "--to 2026-11-26 is after today (2026-11-25)")]
    public void Create_Refuses_A_Window_That_Cannot_Work(string from, string to, string message)
    {
        // Act
        var failure = Should.Throw<SimulationInputException>(() => SimulationWindow.Create(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture), Today));

        // Assert
        failure.Message.ShouldContain(message);
    }

    [Fact]
    public void Create_Accepts_From_One_Day_To_366_Days_Ending_Today()
    {
        // Act
        var window = SimulationWindow.Create(Today, Today, Today);
        var year = SimulationWindow.Create(new DateOnly(2025, 11, 25), Today, Today);

        // Assert
        window.Days.ShouldBe(1);
        year.Days.ShouldBe(366);
        year.Contains(Today).ShouldBeTrue();
        year.Contains(new DateOnly(2025, 11, 24)).ShouldBeFalse();
    }

    [Fact]
    public void PlansInScope_And_ReplayRange_Start_The_Clock_The_Day_Before_The_Earliest_Plan_That_Matters()
    {
        // Arrange: a plan running into the window, one ended in September whose relapse watch (8 weeks and a few
        // days) reaches into it, one that ended too long before, and one that starts after it.
        var window = SimulationWindow.Create(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8), Today);
        Pip[] pips =
        [
            Plan("running", new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13)),
            Plan("watched", new DateOnly(2026, 8, 3), new DateOnly(2026, 9, 11)),
            Plan("long-over", new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 10)),
            Plan("later", new DateOnly(2026, 11, 16), new DateOnly(2026, 12, 18)),
        ];

        // Act
        var plans = window.PlansInScope(pips, new Thresholds());
        var range = window.ReplayRange(plans, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var endsNow = window.ReplayRange(plans, new DateTimeOffset(2026, 11, 9, 10, 30, 0, TimeSpan.Zero));

        // Assert
        plans.Select(p => p.Id).ShouldBe(["running", "watched"]);
        range.Start.ShouldBe(new DateTimeOffset(2026, 8, 2, 0, 0, 0, TimeSpan.Zero));
        range.End.ShouldBe(new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero));
        endsNow.End.ShouldBe(new DateTimeOffset(2026, 11, 9, 10, 30, 0, TimeSpan.Zero));
        window.ReplayRange([], range.End).Start.ShouldBe(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    }

    private static Pip Plan(string id, DateOnly start, DateOnly end) => new(id, new RepReference(id + "@acme.example"), start, end, [], [], []);
}
