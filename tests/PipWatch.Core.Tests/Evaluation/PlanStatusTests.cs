using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

public sealed class PlanStatusTests
{
    [Theory]
    [InlineData("on_track must, at_risk must, off_track must", "off_track")]
    [InlineData("on_track must, met must", "on_track")]
    [InlineData("met must, not_started must", "met")]
    [InlineData("at_risk must, on_track must", "at_risk")]
    [InlineData("off_track optional, on_track must", "on_track")] // optional targets do not decide
    [InlineData("off_track optional, at_risk optional", "off_track")] // no must-have: all targets decide
    [InlineData("not_started must", "not_started")]
    public void Pip_Status_Is_The_Worst_Of_Its_Must_Have_Targets(string targets, string expected)
    {
        // Arrange
        var evaluations = targets.Split(", ").Select((t, i) =>
        {
            var parts = t.Split(' ');
            return Target($"t{i}", Enum.GetValues<TargetStatus>().Single(s => s.ToKey() == parts[0]), parts[1] == "must");
        }).ToArray();

        // Act
        var status = PlanEvaluator.PlanStatus(evaluations);

        // Assert
        status.ToKey().ShouldBe(expected);
    }

    [Fact]
    public void Pip_Status_Comes_From_The_Evaluated_Targets()
    {
        // Arrange: calls far behind but optional; emails on pace and must-have.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 400, mustHave: false)
            .Total("emails", 200)
            .LogWorkingDays("emails", "2026-03-02", "2026-03-27", 10);

        // Act
        var evaluation = scenario.At("2026-03-10 09:00");

        // Assert
        evaluation.FindTarget("calls")!.Status.ShouldBe(TargetStatus.OffTrack);
        evaluation.Status.ShouldBe(TargetStatus.OnTrack);
    }

    [Fact]
    public void Previous_Status_Is_Reported_From_The_Stored_State()
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400);
        var monday = scenario.At("2026-03-09 09:00");

        var tuesday = scenario.At("2026-03-10 09:00", monday.State);

        scenario.At("2026-03-10 09:00").Targets[0].PreviousStatus.ShouldBeNull();
        tuesday.Targets[0].PreviousStatus.ShouldBe(TargetStatus.OffTrack);
    }

    [Fact]
    public void Stale_Data_Is_Flagged_Per_Target_With_Its_Refresh_Time()
    {
        // Arrange: calls last refreshed at 02:00, evaluated at 09:00 (older than the 6-hour stale age).
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400).Log("calls", "2026-03-02", 20);
        var polled = scenario.Instant("2026-03-10 02:00");

        // Act
        var stale = PlanEvaluator.Evaluate(scenario.Prepare(), scenario.Series(polled), scenario.Thresholds, null, scenario.Instant("2026-03-10 09:00"));
        var fresh = PlanEvaluator.Evaluate(scenario.Prepare(), scenario.Series(polled), scenario.Thresholds, null, scenario.Instant("2026-03-10 07:00"));

        // Assert
        stale.Targets[0].DataAsOf.ShouldBe(polled);
        stale.Targets[0].IsStale.ShouldBeTrue();
        stale.HasStaleData.ShouldBeTrue();
        stale.DataAsOf.ShouldBe(polled);
        fresh.Targets[0].IsStale.ShouldBeFalse();
    }

    private static TargetEvaluation Target(string id, TargetStatus status, bool mustHave) => new()
    {
        TargetId = id,
        Metric = "calls",
        Label = "Calls",
        Unit = MetricUnit.Count,
        Kind = GoalKind.Total,
        Direction = Direction.AtLeast,
        MustHave = mustHave,
        Start = new DateOnly(2026, 3, 2),
        PlanGoal = 100,
        Goal = 100,
        Status = status,
        Reason = StatusReason.OnPace,
        WorkingDaysTotal = 20,
        WorkingDaysCompleted = 5,
        WorkingDaysRemaining = 15,
    };
}
