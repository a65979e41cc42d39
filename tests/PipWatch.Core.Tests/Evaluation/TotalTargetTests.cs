using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>A four-week plan, Monday 2 to Friday 27 March 2026 (20 working days), with a goal of 400 calls: 20 a working day.</summary>
public sealed class TotalTargetTests
{
    private static PlanScenario FourWeeks() => new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400);

    [Theory]
    [InlineData("2026-03-02 10:00", 0)] // first day running: nothing expected yet
    [InlineData("2026-03-05 09:00", 60)] // Monday to Wednesday completed
    [InlineData("2026-03-07 12:00", 100)] // Saturday: the first week completed
    [InlineData("2026-03-09 09:00", 100)] // the weekend adds nothing
    [InlineData("2026-03-10 09:00", 120)]
    [InlineData("2026-03-27 17:00", 380)] // the last day is still running
    [InlineData("2026-03-28 00:00", 400)] // the midnight after the end
    public void Expected_Is_Goal_Times_Completed_Working_Days_Over_All_Working_Days(string asOf, double expected) =>
        FourWeeks().TargetAt(asOf).Expected.ShouldBe(expected);

    [Fact]
    public void Figures_Use_Completed_Days_While_Actual_And_Today_So_Far_Are_Live()
    {
        // Arrange: 18 calls every working day, logged for the whole plan (later days are future-dated and must not count).
        var scenario = FourWeeks().LogWorkingDays("calls", "2026-03-02", "2026-03-27", 18);

        // Act: Tuesday 10 March, 09:00 — six working days completed, fourteen left including today.
        var calls = scenario.TargetAt("2026-03-10 09:00");

        // Assert
        calls.ActualCompleted.ShouldBe(108);
        calls.TodaySoFar.ShouldBe(18);
        calls.Actual.ShouldBe(126);
        calls.Attainment.ShouldBe(126 / 400.0);
        calls.Expected.ShouldBe(120);
        calls.Pace.ShouldBe(0.9);
        calls.Projection.ShouldBe(108 + (18 * 14));
        calls.RequiredDailyRate!.Value.ShouldBe((400 - 108) / 14.0, 1e-9);
        calls.WorkingDaysCompleted.ShouldBe(6);
        calls.WorkingDaysRemaining.ShouldBe(14);
        calls.WorkingDaysTotal.ShouldBe(20);
    }

    [Theory]
    [InlineData(20, "on_track", "on_pace")]
    [InlineData(18, "on_track", "on_pace")] // pace exactly 0.90 is not below the at-risk threshold
    [InlineData(17, "at_risk", "pace_below")] // pace 0.85
    [InlineData(16, "at_risk", "pace_below")] // pace 0.80, projection exactly 0.80 of goal
    [InlineData(15, "off_track", "projection_below")] // pace 0.75 but projection 300 of 400
    [InlineData(12, "off_track", "pace_below")] // pace 0.60
    public void Status_Bands_Follow_Pace_And_Projection(int callsPerDay, string status, string reason)
    {
        var calls = FourWeeks().LogWorkingDays("calls", "2026-03-02", "2026-03-27", callsPerDay).TargetAt("2026-03-10 09:00");

        calls.Status.ToKey().ShouldBe(status);
        calls.Reason.ToKey().ShouldBe(reason);
    }

    [Fact]
    public void Records_Dated_After_The_As_Of_Day_Do_Not_Count()
    {
        // Arrange: 500 calls dated 20 March (e.g. tasks due later) next to 20 a day so far.
        var scenario = FourWeeks().LogWorkingDays("calls", "2026-03-02", "2026-03-09", 20).Log("calls", "2026-03-20", 500);

        // Act
        var calls = scenario.TargetAt("2026-03-10 09:00");

        // Assert
        calls.Actual.ShouldBe(120);
        calls.Status.ShouldBe(TargetStatus.OnTrack);
    }

    [Fact]
    public void Weekend_Activity_Counts_Toward_Actual_But_Adds_Nothing_To_Expected()
    {
        // Arrange: 20 a working day plus 40 calls on Saturday 7 March.
        var scenario = FourWeeks().LogWorkingDays("calls", "2026-03-02", "2026-03-06", 20).Log("calls", "2026-03-07", 40);

        // Act
        var calls = scenario.TargetAt("2026-03-09 09:00");

        // Assert
        calls.Expected.ShouldBe(100);
        calls.ActualCompleted.ShouldBe(140);
        calls.Pace.ShouldBe(1.4);
    }

    [Theory]
    [InlineData("2026-03-02 12:00", "not_started", "grace_period")]
    [InlineData("2026-03-04 12:00", "not_started", "grace_period")] // two working days completed
    [InlineData("2026-03-05 00:00", "off_track", "pace_below")] // the third completed: statuses apply
    public void Grace_Period_Holds_Statuses_Until_Three_Working_Days_Have_Completed(string asOf, string status, string reason)
    {
        // Arrange: no calls at all.
        var calls = FourWeeks().TargetAt(asOf);

        // Assert
        calls.Status.ToKey().ShouldBe(status);
        calls.Reason.ToKey().ShouldBe(reason);
    }

    [Fact]
    public void Grace_Period_Length_Comes_From_The_Thresholds()
    {
        var scenario = FourWeeks();
        scenario.Thresholds = new() { GraceWorkingDays = 5 };

        scenario.TargetAt("2026-03-06 12:00").Reason.ShouldBe(StatusReason.GracePeriod);
        scenario.TargetAt("2026-03-07 12:00").Reason.ShouldBe(StatusReason.PaceBelow);
    }

    [Fact]
    public void At_Least_Total_Is_Met_Live_As_Soon_As_The_Goal_Is_Reached_Even_In_Grace()
    {
        // Arrange: 150 calls a day; by Wednesday afternoon the live total is 450.
        var scenario = FourWeeks().LogWorkingDays("calls", "2026-03-02", "2026-03-04", 150);

        // Act
        var calls = scenario.TargetAt("2026-03-04 15:00");

        // Assert
        calls.Status.ShouldBe(TargetStatus.Met);
        calls.Reason.ShouldBe(StatusReason.GoalReached);
    }

    [Fact]
    public void Met_Total_Is_Recomputed_When_Data_Is_Corrected_Below_The_Goal()
    {
        // Arrange: 90 calls a day; by Friday afternoon the live total is 450.
        var scenario = FourWeeks().LogWorkingDays("calls", "2026-03-02", "2026-03-06", 90);
        scenario.TargetAt("2026-03-06 15:00").Status.ShouldBe(TargetStatus.Met);

        // Act: Friday's calls turn out to be duplicates and are removed.
        scenario.Unlog("calls", "2026-03-06");

        // Assert
        scenario.TargetAt("2026-03-06 15:00").Status.ShouldBe(TargetStatus.OnTrack);
    }

    [Fact]
    public void Currency_Goal_Reached_Exactly_Is_Met_Despite_Rounding()
    {
        // Arrange: ten deals of 0.1 million each against a goal of 1 million (0.1 has no exact binary form).
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("pipeline", 1.0);
        for (var day = 2; day <= 13; day++)
        {
            if (day is not (7 or 8))
            {
                scenario.Log("pipeline", $"2026-03-{day:00}", 0.1, 1);
            }
        }

        // Assert
        scenario.TargetAt("2026-03-13 18:00").Status.ShouldBe(TargetStatus.Met);
    }

    [Theory]
    [InlineData(new[] { 2 }, "on_track", "on_pace")] // 2 no-shows against an allowance of 3 by now
    [InlineData(new[] { 4 }, "off_track", "projection_below")] // heading for 13 against a limit of 10
    [InlineData(new[] { 6, 5 }, "off_track", "limit_exceeded")] // 11: already over the limit
    [InlineData(new int[0], "on_track", "on_pace")] // none at all: fine, but not met before the end
    public void At_Most_Total_Is_Judged_On_The_Allowance_So_Far(int[] noShows, string status, string reason)
    {
        // Arrange: at most 10 no-shows over the plan; the allowance after six working days is 3.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("no_shows", 10, Direction.AtMost);
        for (var i = 0; i < noShows.Length; i++)
        {
            scenario.Log("no_shows", $"2026-03-0{2 + i}", noShows[i]);
        }

        // Act
        var target = scenario.TargetAt("2026-03-10 09:00");

        // Assert
        target.Expected.ShouldBe(3);
        target.Status.ToKey().ShouldBe(status);
        target.Reason.ToKey().ShouldBe(reason);
    }

    [Theory]
    [InlineData(9, "met", "goal_reached")]
    [InlineData(10, "met", "goal_reached")]
    [InlineData(12, "off_track", "limit_exceeded")]
    public void At_Most_Total_Can_Only_Be_Met_At_The_End(int noShows, string status, string reason)
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("no_shows", 10, Direction.AtMost).Log("no_shows", "2026-03-20", noShows);

        var target = scenario.TargetAt("2026-03-28 09:00");

        target.Status.ToKey().ShouldBe(status);
        target.Reason.ToKey().ShouldBe(reason);
    }

    [Fact]
    public void Required_Daily_Rate_Is_What_Is_Left_Over_The_Remaining_Working_Days_Including_Today()
    {
        var scenario = FourWeeks().LogWorkingDays("calls", "2026-03-02", "2026-03-20", 10);

        // Friday 20 March 12:00: 140 done on completed days, six working days left (today and next week).
        var calls = scenario.TargetAt("2026-03-20 12:00");

        calls.ActualCompleted.ShouldBe(140);
        calls.WorkingDaysRemaining.ShouldBe(6);
        calls.RequiredDailyRate.ShouldBe(260 / 6.0);
    }

    [Fact]
    public void Projection_Uses_The_Last_Ten_Completed_Working_Days()
    {
        // Arrange: 10 a day in the first week, 30 a day after.
        var scenario = FourWeeks()
            .LogWorkingDays("calls", "2026-03-02", "2026-03-06", 10)
            .LogWorkingDays("calls", "2026-03-09", "2026-03-27", 30);

        // Act: Wednesday 18 March, 12 working days completed (50 + 7 × 30 = 260), 8 left including today.
        var calls = scenario.TargetAt("2026-03-18 09:00");

        // Assert: the recent rate covers 4–17 March: 3 days at 10 and 7 at 30 = 24 a day.
        calls.ActualCompleted.ShouldBe(260);
        calls.Projection.ShouldBe(260 + (24 * 8));
    }

    [Fact]
    public void Projection_Uses_All_Completed_Days_When_Fewer_Than_Ten()
    {
        var scenario = FourWeeks().LogDays("calls", "2026-03-02", 10, 20, 30);

        var calls = scenario.TargetAt("2026-03-05 09:00");

        // 60 over three days = 20 a day, 17 working days left including today.
        calls.Projection.ShouldBe(60 + (20 * 17));
    }

    [Fact]
    public void Holiday_And_Pto_Week_Do_Not_Move_Expected()
    {
        // Arrange: a holiday on Tuesday 10 March and PTO from 16 to 20 March: 14 working days, 400 / 14 a day.
        var scenario = FourWeeks().Holiday("2026-03-10").Pause("2026-03-16", "2026-03-20");

        // Act
        var before = scenario.TargetAt("2026-03-10 09:00").Expected!.Value;
        var afterHoliday = scenario.TargetAt("2026-03-11 09:00").Expected!.Value;
        var beforePto = scenario.TargetAt("2026-03-16 09:00").Expected!.Value;
        var afterPto = scenario.TargetAt("2026-03-21 09:00").Expected!.Value;

        // Assert
        before.ShouldBe(400.0 * 6 / 14, 1e-9);
        afterHoliday.ShouldBe(before, 1e-9);
        beforePto.ShouldBe(400.0 * 9 / 14, 1e-9);
        afterPto.ShouldBe(beforePto, 1e-9);
        scenario.TargetAt("2026-03-28 09:00").Expected.ShouldBe(400);
    }

    [Fact]
    public void Pto_Activity_Still_Counts_Toward_Actual()
    {
        var scenario = FourWeeks().Pause("2026-03-16", "2026-03-20").Log("calls", "2026-03-17", 25);

        scenario.TargetAt("2026-03-21 09:00").Actual.ShouldBe(25);
    }
}
