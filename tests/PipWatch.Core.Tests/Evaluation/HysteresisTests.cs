using PipWatch.Core.Evaluation;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>
/// A goal of 1,000 calls over Monday 2 to Friday 27 March 2026 (50 a working day). On Tuesday 10 March at 09:00 six
/// working days are complete: 300 calls expected. With the calls logged on the first day, projection ÷ goal equals pace.
/// </summary>
public sealed class HysteresisTests
{
    [Theory]
    [InlineData(null, 276, "on_track", "on_pace")] // pace 0.92 without history
    [InlineData("at_risk", 276, "at_risk", "recovering")] // 0.92: above 0.90 but not by the 0.05 margin
    [InlineData("at_risk", 285, "on_track", "on_pace")] // 0.95: exactly the margin
    [InlineData("at_risk", 288, "on_track", "on_pace")]
    [InlineData("at_risk", 264, "at_risk", "pace_below")]
    [InlineData("on_track", 264, "at_risk", "pace_below")] // worsening needs no margin
    [InlineData("at_risk", 234, "off_track", "projection_below")] // nor does worsening to off_track
    [InlineData("off_track", 252, "off_track", "recovering")] // pace 0.84 ≥ 0.75 but projection 0.84 < 0.85
    [InlineData("off_track", 258, "at_risk", "pace_below")] // both clear of off_track by the margin, still below 0.90
    [InlineData("off_track", 276, "at_risk", "recovering")] // above 0.90, not yet 0.95
    [InlineData("off_track", 288, "on_track", "on_pace")]
    public void Hysteresis_Leaving_A_Worse_Status_Needs_The_Margin(string? previous, int calls, string status, string reason)
    {
        // Arrange
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 1000).Log("calls", "2026-03-02", calls);
        var state = previous is null ? null : State(Parse(previous));

        // Act
        var target = scenario.TargetAt("2026-03-10 09:00", previous: state);

        // Assert
        target.Pace.ShouldBe(calls / 300.0);
        target.Status.ToKey().ShouldBe(status);
        target.Reason.ToKey().ShouldBe(reason);
    }

    [Fact]
    public void Hysteresis_Prevents_A_Flap_Around_The_At_Risk_Threshold()
    {
        // Arrange: pace each morning 0.88, 0.91, 0.89 (weekend and Monday), 0.92, 0.96.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 1000)
            .LogDays("calls", "2026-03-02", 44, 44, 44, 50, 40)
            .LogDays("calls", "2026-03-09", 54, 60);

        // Act
        var statuses = scenario.EveryDay("2026-03-05", "2026-03-11").Select(e => e.Targets[0].Status.ToKey());

        // Assert
        statuses.ShouldBe(["at_risk", "at_risk", "at_risk", "at_risk", "at_risk", "at_risk", "on_track"]);
    }

    [Fact]
    public void Without_Hysteresis_The_Same_Data_Flaps()
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 1000)
            .LogDays("calls", "2026-03-02", 44, 44, 44, 50, 40)
            .LogDays("calls", "2026-03-09", 54, 60);
        scenario.Thresholds = new() { Hysteresis = 0 };

        var statuses = scenario.EveryDay("2026-03-05", "2026-03-11").Select(e => e.Targets[0].Status.ToKey());

        statuses.ShouldBe(["at_risk", "on_track", "at_risk", "at_risk", "at_risk", "on_track", "on_track"]);
    }

    [Theory]
    [InlineData(StatusReason.MissedWeek, null, "on_track")] // the missed-weeks rule has no hysteresis
    [InlineData(StatusReason.PaceBelow, TargetStatus.AtRisk, "at_risk")] // the pace band does
    public void Missed_Weeks_Rule_Has_No_Hysteresis(StatusReason previousReason, TargetStatus? previousBand, string status)
    {
        // Arrange: week 1 hit; 28 of 30 expected calls by Thursday of week 2 (pace 0.93).
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Weekly("calls", 50)
            .Log("calls", "2026-03-02", 50)
            .LogDays("calls", "2026-03-09", 10, 9, 9);
        var state = new EvaluationState("pip-jordan", scenario.Instant("2026-03-11 09:00"), new DateOnly(2026, 3, 11), [new TargetState("calls", TargetStatus.AtRisk, previousReason, previousBand, null)]);

        // Act
        var calls = scenario.TargetAt("2026-03-12 09:00", previous: state);

        // Assert
        calls.Status.ToKey().ShouldBe(status);
    }

    private static TargetStatus Parse(string key) => Enum.GetValues<TargetStatus>().Single(s => s.ToKey() == key);

    private static EvaluationState State(TargetStatus status) =>
        new("pip-jordan", DateTimeOffset.UnixEpoch, new DateOnly(2026, 3, 9), [new TargetState("calls", status, StatusReason.PaceBelow, status, null)]);
}
