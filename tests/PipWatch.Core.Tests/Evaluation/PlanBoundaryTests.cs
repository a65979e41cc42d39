using PipWatch.Core.Evaluation;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>Evaluation before, exactly at, during, at the end of and after the plan Monday 2 to Friday 27 March 2026.</summary>
public sealed class PlanBoundaryTests
{
    private static PlanScenario Plan() =>
        new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400).LogWorkingDays("calls", "2026-03-02", "2026-03-31", 20);

    [Theory]
    [InlineData("2026-02-27 10:00", "not_started", 0, 20, false)] // before the start
    [InlineData("2026-03-02 00:00", "running", 0, 20, false)] // exactly at the start
    [InlineData("2026-03-20 09:00", "running", 14, 6, false)]
    [InlineData("2026-03-23 09:00", "running", 15, 5, true)] // five working days left, today and the end date included
    [InlineData("2026-03-27 17:00", "running", 19, 1, true)] // the last day
    [InlineData("2026-03-28 00:00", "ended", 20, 0, false)] // exactly at the end (the midnight after the end date)
    [InlineData("2026-06-01 09:00", "ended", 20, 0, false)] // long after
    public void Plan_Phase_And_Working_Days_Are_Defined_At_Every_Instant(string asOf, string phase, int completed, int remaining, bool endingSoon)
    {
        var evaluation = Plan().At(asOf);

        evaluation.Phase.ToKey().ShouldBe(phase);
        evaluation.WorkingDaysTotal.ShouldBe(20);
        evaluation.WorkingDaysCompleted.ShouldBe(completed);
        evaluation.WorkingDaysRemaining.ShouldBe(remaining);
        evaluation.IsEndingSoon.ShouldBe(endingSoon);
    }

    [Fact]
    public void Before_The_Start_Targets_Are_Not_Started_And_Show_What_Will_Be_Needed()
    {
        var calls = Plan().TargetAt("2026-02-27 10:00");

        calls.Status.ShouldBe(TargetStatus.NotStarted);
        calls.Reason.ShouldBe(StatusReason.BeforeStart);
        calls.Actual.ShouldBe(0);
        calls.Expected.ShouldBe(0);
        calls.Pace.ShouldBeNull();
        calls.Projection.ShouldBeNull();
        calls.RequiredDailyRate.ShouldBe(20);
        calls.TodaySoFar.ShouldBeNull();
    }

    [Fact]
    public void Exactly_At_The_Start_The_Grace_Period_Applies()
    {
        var evaluation = Plan().At("2026-03-02 00:00");

        evaluation.Status.ShouldBe(TargetStatus.NotStarted);
        evaluation.Targets[0].Reason.ShouldBe(StatusReason.GracePeriod);
        evaluation.Targets[0].TodaySoFar.ShouldBe(20);
        evaluation.Outcome.ShouldBeNull();
    }

    [Fact]
    public void At_The_End_Everything_Is_Complete_And_The_Outcome_Is_Given()
    {
        var evaluation = Plan().At("2026-03-28 00:00");

        evaluation.Targets[0].Actual.ShouldBe(400);
        evaluation.Targets[0].Expected.ShouldBe(400);
        evaluation.Targets[0].RequiredDailyRate.ShouldBeNull();
        evaluation.Targets[0].TodaySoFar.ShouldBeNull();
        evaluation.Status.ShouldBe(TargetStatus.Met);
        evaluation.Outcome.ShouldNotBeNull();
    }

    [Fact]
    public void After_The_End_Activity_After_The_End_Date_Does_Not_Count()
    {
        // Arrange: 19 a day through the plan leaves it 20 short; the rep logs 100 more on the Monday after.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 400)
            .LogWorkingDays("calls", "2026-03-02", "2026-03-27", 19)
            .Log("calls", "2026-03-30", 100);

        // Act
        var calls = scenario.TargetAt("2026-04-15 09:00");

        // Assert
        calls.Actual.ShouldBe(380);
        calls.Status.ShouldBe(TargetStatus.OffTrack);
        calls.Reason.ShouldBe(StatusReason.PlanEnded);
    }

    [Fact]
    public void Evaluation_Before_The_Start_Reports_The_Plan_As_Not_Started()
    {
        var evaluation = Plan().At("2026-02-01 09:00");

        evaluation.Status.ShouldBe(TargetStatus.NotStarted);
        evaluation.Phase.ShouldBe(PlanPhase.NotStarted);
        evaluation.Start.ShouldBe(new DateOnly(2026, 3, 2));
        evaluation.End.ShouldBe(new DateOnly(2026, 3, 27));
    }
}
