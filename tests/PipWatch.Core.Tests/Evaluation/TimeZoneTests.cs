using PipWatch.Core.Evaluation;
using PipWatch.Core.Tests.Builders;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>
/// Reps in Los Angeles (DST starts Sunday 8 March 2026) and Sydney (DST ends Sunday 5 April 2026). Each plan lasts three
/// weeks with 300 calls to make (20 a working day); the rep logs 20 a day, then 3 on the day after the change's Monday.
/// </summary>
public sealed class TimeZoneTests
{
    private static PlanScenario LosAngeles() =>
        new PlanScenario("2026-03-02", "2026-03-20", "America/Los_Angeles")
            .Total("calls", 300)
            .LogWorkingDays("calls", "2026-03-02", "2026-03-09", 20)
            .Log("calls", "2026-03-10", 3);

    private static PlanScenario Sydney() =>
        new PlanScenario("2026-03-30", "2026-04-17", "Australia/Sydney")
            .Total("calls", 300)
            .LogWorkingDays("calls", "2026-03-30", "2026-04-06", 20)
            .Log("calls", "2026-04-07", 3);

    [Theory]
    [InlineData("America/Los_Angeles", "2026-03-10 06:30", "2026-03-09", 5, 20)] // 23:30 PDT Monday
    [InlineData("America/Los_Angeles", "2026-03-10 07:30", "2026-03-10", 6, 3)] // 00:30 PDT Tuesday (still Monday at the winter offset)
    [InlineData("Australia/Sydney", "2026-04-06 13:30", "2026-04-06", 5, 20)] // 23:30 AEST Monday
    [InlineData("Australia/Sydney", "2026-04-06 14:30", "2026-04-07", 6, 3)] // 00:30 AEST Tuesday (01:30 at the summer offset)
    public void Dst_Change_Does_Not_Move_The_Reps_Day(string zone, string utc, string localDay, int completed, double todaySoFar)
    {
        // Arrange
        var scenario = zone == "Australia/Sydney" ? Sydney() : LosAngeles();

        // Act
        var evaluation = PlanEvaluator.Evaluate(scenario.Prepare(), scenario.Series(), scenario.Thresholds, null, Utc(utc));

        // Assert
        evaluation.LocalDay.ShouldBe(D(localDay));
        evaluation.WorkingDaysCompleted.ShouldBe(completed);
        evaluation.Targets[0].Expected.ShouldBe(20 * completed);
        evaluation.Targets[0].TodaySoFar.ShouldBe(todaySoFar);
        evaluation.TimeZoneId.ShouldBe(zone);
    }

    [Fact]
    public void Two_Reps_Evaluated_At_The_Same_Instant_Each_Get_Their_Own_Day()
    {
        // Arrange: the same plan dates for a rep in Los Angeles and one in Sydney.
        var losAngeles = new PlanScenario("2026-03-02", "2026-03-20", "America/Los_Angeles").Total("calls", 300);
        var sydney = new PlanScenario("2026-03-02", "2026-03-20", "Australia/Sydney").Total("calls", 300);
        var instant = Utc("2026-03-09 14:00"); // 07:00 Monday in Los Angeles, 01:00 Tuesday in Sydney

        // Act
        var la = PlanEvaluator.Evaluate(losAngeles.Prepare(), losAngeles.Series(), losAngeles.Thresholds, null, instant);
        var syd = PlanEvaluator.Evaluate(sydney.Prepare(), sydney.Series(), sydney.Thresholds, null, instant);

        // Assert
        la.LocalDay.ShouldBe(D("2026-03-09"));
        la.WorkingDaysCompleted.ShouldBe(5);
        syd.LocalDay.ShouldBe(D("2026-03-10"));
        syd.WorkingDaysCompleted.ShouldBe(6);
    }

    [Fact]
    public void Evaluating_Every_Morning_Across_A_Dst_Change_Moves_Expected_Only_On_Working_Days()
    {
        var expected = LosAngeles().EveryDay("2026-03-05", "2026-03-11", "07:00").Select(e => e.Targets[0].Expected);

        // Thursday to Wednesday: 3 completed, 4, 5 (Sat), 5 (Sun, DST), 5 (Mon), 6, 7.
        expected.ShouldBe([60.0, 80.0, 100.0, 100.0, 100.0, 120.0, 140.0]);
    }
}
