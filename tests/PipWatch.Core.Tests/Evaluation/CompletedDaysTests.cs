using PipWatch.Core.Evaluation;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

public sealed class CompletedDaysTests
{
    /// <summary>50 calls a working day are needed; the rep is on pace through Monday 9 March and makes only 5 calls on Tuesday.</summary>
    private static PlanScenario SlowTuesday() =>
        new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 1000)
            .LogWorkingDays("calls", "2026-03-02", "2026-03-09", 50)
            .Log("calls", "2026-03-10", 5);

    [Fact]
    public void Half_Finished_Day_Does_Not_Trigger_At_Risk_At_10()
    {
        var calls = SlowTuesday().TargetAt("2026-03-10 10:00");

        calls.TodaySoFar.ShouldBe(5);
        calls.Expected.ShouldBe(300);
        calls.Status.ShouldBe(TargetStatus.OnTrack);
    }

    [Fact]
    public void Completed_Day_Triggers_At_Risk_The_Next_Morning()
    {
        var calls = SlowTuesday().TargetAt("2026-03-11 08:00");

        calls.ActualCompleted.ShouldBe(305);
        calls.Expected.ShouldBe(350);
        calls.Status.ShouldBe(TargetStatus.AtRisk);
        calls.Reason.ShouldBe(StatusReason.PaceBelow);
    }

    [Fact]
    public void Status_Is_The_Same_All_Day_Long_Until_Midnight()
    {
        var scenario = SlowTuesday();

        scenario.TargetAt("2026-03-10 00:00").Status.ShouldBe(TargetStatus.OnTrack);
        scenario.TargetAt("2026-03-10 23:59").Status.ShouldBe(TargetStatus.OnTrack);
        scenario.TargetAt("2026-03-11 00:00").Status.ShouldBe(TargetStatus.AtRisk);
    }
}
