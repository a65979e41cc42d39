using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Core.Tests.Builders;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Outcomes;

/// <summary>
/// A passed plan (Monday 2 to Friday 27 March 2026, 50 calls a week) watched for eight weeks after its end:
/// 28 March to 22 May. The rep keeps 10 calls a day until 10 April, then drops to 6.
/// </summary>
public sealed class RelapseTests
{
    private static PlanScenario Passed() =>
        new PlanScenario("2026-03-02", "2026-03-27")
            .Weekly("calls", 50)
            .LogWorkingDays("calls", "2026-03-02", "2026-04-10", 10)
            .LogWorkingDays("calls", "2026-04-13", "2026-05-22", 6);

    [Fact]
    public void Relapse_Watch_Covers_The_Configured_Weeks_After_The_End()
    {
        var report = Passed().RelapseAt("2026-04-01 09:00");

        report.Watch.ShouldBe(new DateRange(D("2026-03-28"), D("2026-05-22")));
        report.HasStarted.ShouldBeTrue();
        report.IsOver.ShouldBeFalse();
        report.Relapsed.ShouldBeFalse();
    }

    [Fact]
    public void One_Week_Below_The_Plans_Goal_Is_Not_Yet_A_Relapse()
    {
        var report = Passed().RelapseAt("2026-04-20 09:00");

        var calls = report.Targets.Single();
        calls.Weeks.Single(w => w.WeekStart == D("2026-04-13")).Outcome.ShouldBe(WeekOutcome.Missed);
        calls.MissedInARow.ShouldBe(1);
        report.Relapsed.ShouldBeFalse();
    }

    [Fact]
    public void Relapse_Needs_Two_Missed_Weeks_In_A_Row()
    {
        var report = Passed().RelapseAt("2026-04-27 09:00");

        report.Relapsed.ShouldBeTrue();
        report.RelapsedTargetIds.ShouldBe(["calls"]);
    }

    [Fact]
    public void Total_Goals_Are_Watched_At_The_Plans_Daily_Rate()
    {
        // Arrange: 400 calls over 20 working days is 100 a standard week; 18 a day after the end is 90.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 400)
            .LogWorkingDays("calls", "2026-03-02", "2026-03-27", 20)
            .LogWorkingDays("calls", "2026-03-30", "2026-05-22", 18);

        // Act
        var report = scenario.RelapseAt("2026-04-13 09:00");

        // Assert
        var weeks = report.Targets.Single().Weeks;
        weeks.Single(w => w.WeekStart == D("2026-03-30")).Goal.ShouldBe(100);
        weeks.Single(w => w.WeekStart == D("2026-03-30")).Value.ShouldBe(90);
        report.Relapsed.ShouldBeTrue();
    }

    [Fact]
    public void Rate_Goals_Are_Watched_On_The_Value_Since_The_End_Once_The_Sample_Is_Large_Enough()
    {
        // Arrange: after the plan, 1 opportunity from 2 meetings a day in week 1 (50 %), none after.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Rate("conversion", 0.25, minSample: 10)
            .LogWorkingDays("meetings_held", "2026-03-02", "2026-05-22", 2)
            .LogWorkingDays("opps_created", "2026-03-02", "2026-04-03", 1);

        // Act
        var report = scenario.RelapseAt("2026-04-27 09:00");

        // Assert: since the end 5 of 10 (week 1), 5 of 20, 5 of 30 (missed), 5 of 40 (missed).
        report.Targets.Single().Weeks.Where(w => w.IsComplete && w.WorkingDays > 0).Select(w => w.Value).ShouldBe([0.5, 0.25, 5 / 30.0, 0.125]);
        report.Relapsed.ShouldBeTrue();
    }

    [Fact]
    public void Relapse_Watch_Ends_After_The_Configured_Weeks()
    {
        var scenario = Passed();
        scenario.Thresholds = new() { RelapseWatchWeeks = 2 };

        var report = scenario.RelapseAt("2026-04-11 09:00");

        report.Watch.Last.ShouldBe(D("2026-04-10"));
        report.IsOver.ShouldBeTrue();
        report.Relapsed.ShouldBeFalse();
    }
}
