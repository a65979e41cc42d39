using System.Globalization;
using PipWatch.Core.Milestones;
using PipWatch.Core.Tests.Builders;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Milestones;

public sealed class MilestoneTests
{
    [Fact]
    public void Total_Fractions_Fire_Once_Each_When_Live_Data_Crosses_Them()
    {
        // Arrange: 400 calls over Monday 2 to Friday 27 March, 20 logged every working day.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400).LogWorkingDays("calls", "2026-03-02", "2026-03-27", 20);

        // Act: evaluated every evening.
        var fired = scenario.MilestonesEveryDay("2026-03-02", "2026-03-31", "18:00");

        // Assert
        fired.Select(f => (f.Day, f.Milestone.Key)).ShouldBe(
        [
            (D("2026-03-13"), "total:calls:50"),
            (D("2026-03-27"), "total:calls:100"),
            (D("2026-03-28"), "passed"),
        ]);
        fired[0].Milestone.Fraction.ShouldBe(0.5);
        fired[0].Milestone.Value.ShouldBe(200);
    }

    [Fact]
    public void Data_Corrected_Downwards_After_The_50_Percent_Milestone_Does_Not_Fire_It_Again()
    {
        // Arrange: 200 of 400 calls by Friday 13 March evening.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400).LogWorkingDays("calls", "2026-03-02", "2026-03-13", 20);
        var fired = new HashSet<string>();
        Fire(scenario, "2026-03-13 18:00", fired).ShouldBe(["total:calls:50"]);

        // Act: Friday's calls are corrected away, then the rep crosses 50 % again on Monday.
        scenario.Unlog("calls", "2026-03-13");
        var afterCorrection = Fire(scenario, "2026-03-13 20:00", fired);
        scenario.Log("calls", "2026-03-16", 40);
        var afterRecrossing = Fire(scenario, "2026-03-16 18:00", fired);

        // Assert
        afterCorrection.ShouldBeEmpty();
        afterRecrossing.ShouldBeEmpty();
        scenario.TargetAt("2026-03-16 18:00").Attainment.ShouldBe(0.55);
    }

    [Fact]
    public void Milestone_Keys_Are_Stable_So_Only_The_Fired_Set_Stops_A_Repeat()
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400).LogWorkingDays("calls", "2026-03-02", "2026-03-16", 20);

        var first = Fire(scenario, "2026-03-13 18:00", []);
        var later = Fire(scenario, "2026-03-16 18:00", []);

        later.ShouldBe(first);
    }

    [Fact]
    public void Weekly_Hit_Fires_Live_On_The_Day_The_Weeks_Goal_Is_Reached()
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Weekly("calls", 50).LogDays("calls", "2026-03-02", 20, 20, 15);

        Fire(scenario, "2026-03-03 15:00", []).ShouldBeEmpty();
        Fire(scenario, "2026-03-04 15:00", []).ShouldBe(["weekly:calls:2026-03-02"]);
    }

    [Fact]
    public void Weekly_Hit_Older_Weeks_Are_Not_Celebrated_Late()
    {
        // Arrange: every week hit; the first evaluation happens in week 4.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Weekly("calls", 50).LogWorkingDays("calls", "2026-03-02", "2026-03-27", 10);

        // Act
        var keys = Fire(scenario, "2026-03-23 09:00", []);

        // Assert: the last completed week still counts as news (late-logged activity), older ones do not.
        keys.ShouldContain("weekly:calls:2026-03-16");
        keys.ShouldNotContain("weekly:calls:2026-03-09");
        keys.ShouldNotContain("weekly:calls:2026-03-02");
    }

    [Fact]
    public void Streak_Fires_At_Three_Weekly_Hits_And_Again_Only_After_A_Break_And_A_New_Streak()
    {
        // Arrange: eight weeks; hit, hit, hit, missed, hit, hit, hit, hit.
        var scenario = new PlanScenario("2026-03-02", "2026-04-24").Weekly("calls", 50);
        string[] mondays = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06", "2026-04-13", "2026-04-20"];
        foreach (var monday in mondays)
        {
            scenario.Log("calls", monday, monday == "2026-03-23" ? 20 : 50);
        }

        // Act
        var streaks = scenario.MilestonesEveryDay("2026-03-02", "2026-04-24", "18:00").Where(f => f.Milestone.Kind == MilestoneKind.Streak);

        // Assert
        streaks.Select(f => (f.Day, f.Milestone.Key, f.Milestone.Weeks)).ShouldBe(
        [
            (D("2026-03-16"), "streak:calls:2026-03-02", (int?)3),
            (D("2026-04-13"), "streak:calls:2026-03-30", (int?)3),
        ]);
    }

    [Fact]
    public void Comeback_Fires_After_Three_Completed_On_Track_Working_Days_Following_At_Risk()
    {
        // Arrange: at risk from Thursday 5 March; back on track on Wednesday 11 (pace 0.96) and staying there.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 1000)
            .LogDays("calls", "2026-03-02", 44, 44, 44, 50, 40)
            .LogDays("calls", "2026-03-09", 54, 60, 60, 60, 60);

        // Act
        var comebacks = scenario.MilestonesEveryDay("2026-03-05", "2026-03-20").Where(f => f.Milestone.Kind == MilestoneKind.Comeback).ToArray();

        // Assert: Tuesday 10, Wednesday 11 and Thursday 12 completed on track; it fires on Friday morning.
        comebacks.Select(f => (f.Day, f.Milestone.Key)).ShouldBe([(D("2026-03-13"), "comeback:calls:2026-03-10")]);
    }

    [Fact]
    public void Comeback_Needs_The_Recovery_To_Hold()
    {
        // Arrange: back on track on Wednesday 11, at risk again on Thursday, on track from Friday.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 1000)
            .LogDays("calls", "2026-03-02", 44, 44, 44, 50, 40)
            .LogDays("calls", "2026-03-09", 54, 60, 0, 100, 60)
            .LogDays("calls", "2026-03-16", 60, 60);

        // Act
        var comebacks = scenario.MilestonesEveryDay("2026-03-05", "2026-03-20").Where(f => f.Milestone.Kind == MilestoneKind.Comeback).ToArray();

        // Assert: only the second recovery, counted from Thursday 12, fires (on Tuesday 17).
        comebacks.Select(f => (f.Day, f.Milestone.Key)).ShouldBe([(D("2026-03-17"), "comeback:calls:2026-03-12")]);
    }

    [Fact]
    public void Passed_Fires_Once_When_The_Plan_Ends_With_Every_Must_Have_Met()
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400).LogWorkingDays("calls", "2026-03-02", "2026-03-27", 20);

        var passed = scenario.MilestonesEveryDay("2026-03-26", "2026-04-03").Where(f => f.Milestone.Kind == MilestoneKind.Passed);

        passed.Select(f => f.Day).ShouldBe([D("2026-03-28")]);
    }

    [Fact]
    public void Nothing_Fires_Before_The_Start()
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400).Log("calls", "2026-02-27", 400);

        Fire(scenario, "2026-02-28 09:00", []).ShouldBeEmpty();
    }

    [Fact]
    public void Milestone_Keys_Do_Not_Depend_On_The_Machines_Culture()
    {
        // Arrange: Thai culture uses the Buddhist calendar (2026 is 2569) and could otherwise change the keys.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Weekly("calls", 50).Log("calls", "2026-03-02", 50);
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("th-TH");
        try
        {
            // Act
            var keys = Fire(scenario, "2026-03-02 18:00", []);

            // Assert
            keys.ShouldBe(["weekly:calls:2026-03-02"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    private static string[] Fire(PlanScenario scenario, string localTime, HashSet<string> fired)
    {
        var keys = MilestoneDetector.Detect(scenario.At(localTime), fired, scenario.Thresholds).Select(m => m.Key).ToArray();
        fired.UnionWith(keys);
        return keys;
    }
}
