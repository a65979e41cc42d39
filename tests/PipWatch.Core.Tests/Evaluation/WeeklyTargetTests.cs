using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Core.Tests.Builders;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>Mostly a four-week plan, Monday 2 to Friday 27 March 2026, asking for 50 calls every week (10 a working day).</summary>
public sealed class WeeklyTargetTests
{
    private static PlanScenario FiftyCallsAWeek() => new PlanScenario("2026-03-02", "2026-03-27").Weekly("calls", 50);

    [Theory]
    [InlineData(50, 50, "on_track", "on_pace")]
    [InlineData(40, 50, "on_track", "on_pace")] // an old miss no longer counts once the last week was hit
    [InlineData(50, 40, "at_risk", "missed_week")] // last completed week missed
    [InlineData(40, 40, "off_track", "missed_weeks")] // last two missed in a row
    [InlineData(49, 49, "off_track", "missed_weeks")]
    public void Missed_Weeks_Rule_One_Miss_Is_At_Risk_Two_In_A_Row_Off_Track(int week1, int week2, string status, string reason)
    {
        // Arrange: each week's calls logged on its Monday.
        var scenario = FiftyCallsAWeek().Log("calls", "2026-03-02", week1).Log("calls", "2026-03-09", week2);

        // Act: Monday of week 3, before any day of it has completed.
        var calls = scenario.TargetAt("2026-03-16 09:00");

        // Assert
        calls.Status.ToKey().ShouldBe(status);
        calls.Reason.ToKey().ShouldBe(reason);
    }

    [Theory]
    [InlineData(10, "on_track", "on_pace")]
    [InlineData(9, "on_track", "on_pace")] // 27 of 30 expected: pace 0.90
    [InlineData(8, "at_risk", "pace_below")] // 24 of 30
    [InlineData(6, "off_track", "pace_below")] // 18 of 30
    public void Pace_Rule_Applies_Inside_The_Current_Week(int callsPerDay, string status, string reason)
    {
        // Arrange: week 1 hit; in week 2, Monday to Wednesday at the given rate.
        var scenario = FiftyCallsAWeek()
            .LogWorkingDays("calls", "2026-03-02", "2026-03-06", 10)
            .LogWorkingDays("calls", "2026-03-09", "2026-03-11", callsPerDay);

        // Act: Thursday morning.
        var calls = scenario.TargetAt("2026-03-12 09:00");

        // Assert
        calls.Goal.ShouldBe(50);
        calls.Expected.ShouldBe(30);
        calls.ActualCompleted.ShouldBe(3 * callsPerDay);
        calls.RequiredDailyRate.ShouldBe((50 - (3.0 * callsPerDay)) / 2);
        calls.Status.ToKey().ShouldBe(status);
        calls.Reason.ToKey().ShouldBe(reason);
    }

    [Fact]
    public void Pace_Rule_Is_Not_Applied_While_The_Current_Week_Has_No_Completed_Working_Day()
    {
        var scenario = FiftyCallsAWeek().LogWorkingDays("calls", "2026-03-02", "2026-03-06", 10);

        // Monday 9 March, late evening, nothing logged yet this week.
        var calls = scenario.TargetAt("2026-03-09 23:00");

        calls.Expected.ShouldBe(0);
        calls.Pace.ShouldBeNull();
        calls.Status.ShouldBe(TargetStatus.OnTrack);
    }

    [Fact]
    public void Weekly_Current_Week_Already_Hit_Is_Not_Behind()
    {
        // Arrange: nothing on Monday and Tuesday, 55 calls on Wednesday.
        var scenario = FiftyCallsAWeek().LogWorkingDays("calls", "2026-03-02", "2026-03-06", 10).Log("calls", "2026-03-11", 55);

        // Act
        var calls = scenario.TargetAt("2026-03-11 15:00");

        // Assert: the completed days alone are far behind, but the week's goal is already reached.
        calls.CurrentWeek!.Value.Outcome.ShouldBe(WeekOutcome.Hit);
        calls.Status.ShouldBe(TargetStatus.OnTrack);
    }

    [Fact]
    public void Partial_First_And_Last_Weeks_Are_Prorated_By_Working_Days()
    {
        // Arrange: Wednesday 4 to Tuesday 31 March, 10 meetings booked a week.
        var scenario = new PlanScenario("2026-03-04", "2026-03-31").Weekly("meetings_booked", 10).Log("meetings_booked", "2026-03-05", 6);

        // Act
        var meetings = scenario.TargetAt("2026-04-01 09:00");

        // Assert
        meetings.Weeks.Select(w => w.Goal).ShouldBe([6, 10, 10, 10, 4]);
        meetings.Weeks[0].Outcome.ShouldBe(WeekOutcome.Hit);
        meetings.Weeks[1].Outcome.ShouldBe(WeekOutcome.Missed);
    }

    [Fact]
    public void Final_Partial_Week_Is_Complete_At_The_Midnight_After_The_End_Date()
    {
        // Arrange: the plan ends on Tuesday 31 March; its last week is Monday 30 and Tuesday 31.
        var scenario = new PlanScenario("2026-03-04", "2026-03-31").Weekly("meetings_booked", 10);

        // Act
        var tuesday = scenario.TargetAt("2026-03-31 23:59");
        var wednesday = scenario.TargetAt("2026-04-01 00:00");

        // Assert
        tuesday.Weeks[^1].IsComplete.ShouldBeFalse();
        wednesday.Weeks[^1].IsComplete.ShouldBeTrue();
        wednesday.Weeks[^1].Last.ShouldBe(D("2026-03-31"));
    }

    [Fact]
    public void A_Holiday_Lowers_Its_Weeks_Goal_And_A_Pto_Week_Asks_Nothing()
    {
        // Arrange
        var scenario = FiftyCallsAWeek().Holiday("2026-03-10").Pause("2026-03-16", "2026-03-20");

        // Act
        var calls = scenario.TargetAt("2026-03-02 09:00");

        // Assert
        calls.Weeks.Select(w => w.Goal).ShouldBe([50, 40, 0, 50]);
        calls.Weeks[2].Outcome.ShouldBe(WeekOutcome.NoWorkingDays);
    }

    [Fact]
    public void A_Pto_Week_Neither_Counts_As_Missed_Nor_Hides_The_Miss_Before_It()
    {
        // Arrange: week 1 hit, week 2 missed, week 3 on PTO.
        var scenario = FiftyCallsAWeek().Pause("2026-03-16", "2026-03-20").Log("calls", "2026-03-02", 50).Log("calls", "2026-03-09", 30);

        // Act: the Monday back from PTO.
        var calls = scenario.TargetAt("2026-03-23 09:00");

        // Assert
        calls.Status.ShouldBe(TargetStatus.AtRisk);
        calls.Reason.ShouldBe(StatusReason.MissedWeek);
    }

    [Fact]
    public void Weekly_Target_Is_Met_Only_When_The_Plan_Has_Ended_With_Every_Week_Hit()
    {
        var scenario = FiftyCallsAWeek().LogWorkingDays("calls", "2026-03-02", "2026-03-27", 10);

        scenario.TargetAt("2026-03-27 12:00").Status.ShouldBe(TargetStatus.OnTrack);
        scenario.TargetAt("2026-03-28 00:00").Status.ShouldBe(TargetStatus.Met);
    }

    [Fact]
    public void Weekly_Target_With_A_Missed_Week_Is_Not_Met_At_The_End()
    {
        var scenario = FiftyCallsAWeek().LogWorkingDays("calls", "2026-03-02", "2026-03-27", 10).Unlog("calls", "2026-03-10");

        var calls = scenario.TargetAt("2026-03-28 09:00");

        calls.Status.ShouldBe(TargetStatus.OffTrack);
        calls.Reason.ShouldBe(StatusReason.PlanEnded);
        calls.Weeks.Select(w => w.Outcome).ShouldBe([WeekOutcome.Hit, WeekOutcome.Missed, WeekOutcome.Hit, WeekOutcome.Hit]);
    }

    [Fact]
    public void Week_Results_Show_Value_Goal_And_Whether_Complete()
    {
        var scenario = FiftyCallsAWeek().LogWorkingDays("calls", "2026-03-02", "2026-03-27", 8);

        var calls = scenario.TargetAt("2026-03-11 15:00");

        calls.Weeks.Select(w => (w.WeekStart, w.Value, w.IsComplete, w.Outcome)).ShouldBe(
        [
            (D("2026-03-02"), 40.0, true, WeekOutcome.Missed),
            (D("2026-03-09"), 24.0, false, WeekOutcome.InProgress), // Monday to Wednesday, today included
            (D("2026-03-16"), 0.0, false, WeekOutcome.InProgress),
            (D("2026-03-23"), 0.0, false, WeekOutcome.InProgress),
        ]);
        calls.CurrentWeekIndex.ShouldBe(1);
        calls.Actual.ShouldBe(24);
        calls.TodaySoFar.ShouldBe(8);
    }

    [Fact]
    public void At_Most_Week_Is_Only_Judged_Once_Complete()
    {
        // Arrange: at most 2 no-shows a week; 3 in week 1, none so far in week 2.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Weekly("no_shows", 2, Direction.AtMost)
            .Log("no_shows", "2026-03-03", 3);

        // Act
        var noShows = scenario.TargetAt("2026-03-10 09:00");

        // Assert
        noShows.Weeks[0].Outcome.ShouldBe(WeekOutcome.Missed);
        noShows.Weeks[1].Outcome.ShouldBe(WeekOutcome.InProgress);
        noShows.Status.ShouldBe(TargetStatus.AtRisk);
        noShows.Reason.ShouldBe(StatusReason.MissedWeek);
    }

    [Fact]
    public void Streak_Counts_Hit_Weeks_Back_From_Now_And_Restarts_After_A_Miss()
    {
        // Arrange: weeks 1 hit, 2 missed, 3 hit, 4 hit so far.
        var scenario = FiftyCallsAWeek()
            .Log("calls", "2026-03-02", 50)
            .Log("calls", "2026-03-09", 20)
            .Log("calls", "2026-03-16", 50)
            .Log("calls", "2026-03-23", 50);

        // Act
        var calls = scenario.TargetAt("2026-03-24 09:00");

        // Assert
        calls.Streak.ShouldBe(2);
        calls.StreakStart.ShouldBe(D("2026-03-16"));
    }

    [Fact]
    public void Streak_Is_Not_Broken_By_A_Current_Week_Still_In_Progress()
    {
        var scenario = FiftyCallsAWeek().Log("calls", "2026-03-02", 50).Log("calls", "2026-03-09", 50);

        var calls = scenario.TargetAt("2026-03-17 09:00");

        calls.Streak.ShouldBe(2);
        calls.StreakStart.ShouldBe(D("2026-03-02"));
    }
}
