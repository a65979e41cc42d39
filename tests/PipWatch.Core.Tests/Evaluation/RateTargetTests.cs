using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>Rate targets over the plan Monday 2 to Friday 27 March 2026.</summary>
public sealed class RateTargetTests
{
    private static PlanScenario Conversion() =>
        new PlanScenario("2026-03-02", "2026-03-27").Rate("conversion", 0.25, minSample: 10).LogWorkingDays("meetings_held", "2026-03-02", "2026-03-27", 2);

    [Fact]
    public void Rate_Target_Below_Its_Minimum_Sample_Is_Not_Started_With_The_Reason()
    {
        // Arrange: six meetings held by Thursday morning, four opportunities.
        var scenario = Conversion().Log("opps_created", "2026-03-02", 4);

        // Act
        var conversion = scenario.TargetAt("2026-03-05 09:00");

        // Assert
        conversion.Sample.ShouldBe(6);
        conversion.Status.ShouldBe(TargetStatus.NotStarted);
        conversion.Reason.ShouldBe(StatusReason.MinSample);
    }

    [Theory]
    [InlineData(4, "on_track", "on_pace")] // 4 of 12 = 33 %: above goal, but a rate is only met at the end
    [InlineData(3, "on_track", "on_pace")] // 25 %: on goal
    [InlineData(2, "off_track", "pace_below")] // 17 %: two thirds of the goal
    public void Rate_Bands_Apply_To_Value_Over_Goal_Once_The_Sample_Is_Reached(int opportunities, string status, string reason)
    {
        var scenario = Conversion().Log("opps_created", "2026-03-02", opportunities);

        var conversion = scenario.TargetAt("2026-03-10 09:00");

        conversion.Sample.ShouldBe(12);
        conversion.ActualCompleted.ShouldBe(opportunities / 12.0);
        conversion.Expected.ShouldBe(0.25);
        conversion.Status.ToKey().ShouldBe(status);
        conversion.Reason.ToKey().ShouldBe(reason);
    }

    [Theory]
    [InlineData(0, "on_track")] // no no-shows at all
    [InlineData(1, "on_track")] // 5 %
    [InlineData(2, "on_track")] // 10 %: exactly the limit
    [InlineData(3, "off_track")] // 15 %: goal ÷ value = 0.67
    public void At_Most_Rate_Bands_Apply_To_Goal_Over_Value(int noShows, string status)
    {
        // Arrange: no-show rate at most 10 % of 20 meetings booked.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Rate("no_show_rate", 0.10, minSample: 10, direction: Direction.AtMost)
            .Log("meetings_booked", "2026-03-02", 20)
            .Log("no_shows", "2026-03-03", noShows);

        // Act
        var rate = scenario.TargetAt("2026-03-10 09:00");

        // Assert
        rate.Status.ToKey().ShouldBe(status);
    }

    [Theory]
    [InlineData(2, "met", "goal_reached")]
    [InlineData(3, "off_track", "plan_ended")]
    public void At_Most_Rate_Is_Judged_At_The_End(int noShows, string status, string reason)
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Rate("no_show_rate", 0.10, minSample: 10, direction: Direction.AtMost)
            .Log("meetings_booked", "2026-03-02", 20)
            .Log("no_shows", "2026-03-03", noShows);

        var rate = scenario.TargetAt("2026-03-30 09:00");

        rate.Status.ToKey().ShouldBe(status);
        rate.Reason.ToKey().ShouldBe(reason);
    }

    [Fact]
    public void Rate_Target_Still_Under_Its_Minimum_Sample_At_The_End_Is_Not_Met()
    {
        // Arrange: a perfect conversion, but from a single meeting.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Rate("conversion", 0.25, minSample: 10)
            .Log("meetings_held", "2026-03-02", 1)
            .Log("opps_created", "2026-03-02", 1);

        // Act
        var conversion = scenario.TargetAt("2026-03-28 09:00");

        // Assert
        conversion.ActualCompleted.ShouldBe(1);
        conversion.Status.ShouldBe(TargetStatus.OffTrack);
        conversion.Reason.ShouldBe(StatusReason.MinSample);
    }

    [Fact]
    public void Rate_Target_Reaching_Its_Goal_With_Enough_Sample_Is_Met_At_The_End()
    {
        var scenario = Conversion().Log("opps_created", "2026-03-02", 11);

        scenario.TargetAt("2026-03-28 09:00").Status.ShouldBe(TargetStatus.Met);
    }

    [Fact]
    public void Rate_Target_Respects_The_Grace_Period()
    {
        var scenario = Conversion().Log("meetings_held", "2026-03-02", 20);

        scenario.TargetAt("2026-03-04 09:00").Reason.ShouldBe(StatusReason.GracePeriod);
    }

    [Fact]
    public void Rate_Target_With_A_Window_Judges_Only_The_Last_Working_Days()
    {
        // Arrange: call scores of 30 in the first week and 80 in the second, one scored call a day.
        var windowed = new PlanScenario("2026-03-02", "2026-03-27")
            .Rate("call_score", 70, window: 5)
            .LogWorkingDays("call_score", "2026-03-02", "2026-03-06", 30, count: 1)
            .LogWorkingDays("call_score", "2026-03-09", "2026-03-13", 80, count: 1);
        var wholePlan = new PlanScenario("2026-03-02", "2026-03-27")
            .Rate("call_score", 70)
            .LogWorkingDays("call_score", "2026-03-02", "2026-03-06", 30, count: 1)
            .LogWorkingDays("call_score", "2026-03-09", "2026-03-13", 80, count: 1);

        // Act
        var recent = windowed.TargetAt("2026-03-16 09:00");
        var overall = wholePlan.TargetAt("2026-03-16 09:00");

        // Assert
        recent.ActualCompleted.ShouldBe(80);
        recent.Status.ShouldBe(TargetStatus.OnTrack);
        overall.ActualCompleted.ShouldBe(55);
        overall.Status.ShouldBe(TargetStatus.AtRisk);
    }

    [Fact]
    public void Rate_Projection_Carries_Recent_Numerator_And_Denominator_Forward()
    {
        // Arrange: 2 meetings a day; 2 opportunities a day in week 1, none after.
        var scenario = Conversion().LogWorkingDays("opps_created", "2026-03-02", "2026-03-06", 2);

        // Act: Wednesday 18 March, 12 working days completed (10 of 24), 8 left. The last ten completed working days
        // (4 to 17 March) brought 6 opportunities and 20 meetings: 0.6 and 2 a day.
        var conversion = scenario.TargetAt("2026-03-18 09:00");

        // Assert: (10 + 0.6 × 8) ÷ (24 + 2 × 8) = 0.37.
        conversion.ActualCompleted.ShouldBe(10 / 24.0);
        conversion.Projection!.Value.ShouldBe(0.37, 1e-9);
    }

    [Fact]
    public void Rate_Targets_Are_Judged_On_Their_Value_Not_A_Projection()
    {
        // Arrange: 19 of 100 meetings converted (0.76 of the goal), and nothing at all recently, so the projection is no better.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Rate("conversion", 0.25, minSample: 10)
            .Log("meetings_held", "2026-03-02", 100)
            .Log("opps_created", "2026-03-02", 19);

        // Act
        var conversion = scenario.TargetAt("2026-03-18 09:00");

        // Assert: a total this far behind its projection threshold (0.80) would be off track; a rate is at risk.
        conversion.Pace.ShouldBe(0.76);
        conversion.Status.ShouldBe(TargetStatus.AtRisk);
        conversion.Reason.ShouldBe(StatusReason.PaceBelow);
    }
}
