using System.Text.Json;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

public sealed class EvaluationStateTests
{
    [Fact]
    public void Evaluation_State_Round_Trips_Through_Json_With_Readable_Keys()
    {
        // Arrange: a state with a recovering target.
        var state = new EvaluationState(
            "pip-jordan",
            new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(-4)),
            new DateOnly(2026, 3, 10),
            [new TargetState("calls", TargetStatus.OnTrack, StatusReason.OnPace, TargetStatus.OnTrack, new DateOnly(2026, 3, 9))]);

        // Act
        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<EvaluationState>(json)!;

        // Assert
        json.ShouldContain("\"on_track\"");
        json.ShouldContain("\"on_pace\"");
        back.PipId.ShouldBe(state.PipId);
        back.AsOf.ShouldBe(state.AsOf);
        back.LocalDay.ShouldBe(state.LocalDay);
        back.Targets.ShouldBe(state.Targets);
    }

    [Fact]
    public void State_From_One_Evaluation_Drives_The_Next_After_Storage()
    {
        // Arrange: at risk on Thursday (pace 0.88), pace 0.91 on Friday.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 1000).LogDays("calls", "2026-03-02", 44, 44, 44, 50);
        var thursday = scenario.At("2026-03-05 09:00");
        var stored = JsonSerializer.Deserialize<EvaluationState>(JsonSerializer.Serialize(thursday.State));

        // Act
        var friday = scenario.At("2026-03-06 09:00", stored);

        // Assert
        thursday.Status.ShouldBe(TargetStatus.AtRisk);
        friday.Targets[0].Reason.ShouldBe(StatusReason.Recovering);
    }

    [Fact]
    public void Status_And_Reason_Keys_Are_Snake_Case()
    {
        Enum.GetValues<TargetStatus>().Select(s => s.ToKey()).ShouldBe(["not_started", "met", "on_track", "at_risk", "off_track"]);
        Enum.GetValues<StatusReason>().Select(r => r.ToKey()).ShouldAllBe(k => k == JsonSerializer.Serialize(Enum.Parse<StatusReason>(ToPascal(k)), JsonSerializerOptions.Default).Trim('"'));
    }

    private static string ToPascal(string key) => string.Concat(key.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
