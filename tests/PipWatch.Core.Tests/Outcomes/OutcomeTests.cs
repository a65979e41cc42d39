using PipWatch.Core.Evaluation;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Outcomes;

/// <summary>
/// Outcomes of the plan Monday 2 to Friday 27 March 2026 with three must-have targets: 400 calls, 50 emails a week and a
/// 25 % conversion of meetings held into opportunities (judged from 10 meetings).
/// </summary>
public sealed class OutcomeTests
{
    private static PlanScenario Plan(bool callsMet, bool emailsMet, bool conversionJudged)
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 400)
            .Weekly("emails", 50)
            .Rate("conversion", 0.25, minSample: 10)
            .LogWorkingDays("calls", "2026-03-02", "2026-03-27", callsMet ? 20 : 10)
            .LogWorkingDays("emails", "2026-03-02", "2026-03-27", 10)
            .Log("meetings_held", "2026-03-02", conversionJudged ? 12 : 4)
            .Log("opps_created", "2026-03-02", 4);
        return emailsMet ? scenario : scenario.Unlog("emails", "2026-03-10").Unlog("emails", "2026-03-17");
    }

    [Theory]
    [InlineData(true, true, true, "passed")]
    [InlineData(true, false, true, "partial")]
    [InlineData(false, true, true, "partial")]
    [InlineData(true, true, false, "partial")] // a rate still under its minimum sample counts as not met
    [InlineData(false, false, false, "failed")]
    public void Outcome_Is_Passed_Failed_Or_Partial_From_The_Must_Have_Targets(bool calls, bool emails, bool conversion, string expected)
    {
        var outcome = Plan(calls, emails, conversion).At("2026-03-28 09:00").Outcome!;

        outcome.Kind.ToString().ToLowerInvariant().ShouldBe(expected);
    }

    [Fact]
    public void Passed_Plan_Recommends_Readmission_With_A_Relapse_Watch()
    {
        var outcome = Plan(true, true, true).At("2026-03-28 09:00").Outcome!;

        outcome.Options.ShouldBe([OffRampOption.ReadmitAndWatch]);
        outcome.Gaps.ShouldBeEmpty();
        outcome.Targets.ShouldAllBe(t => t.Met);
    }

    [Fact]
    public void Failed_Plan_Recommends_Letting_The_Rep_Go()
    {
        var outcome = Plan(false, false, false).At("2026-03-28 09:00").Outcome!;

        outcome.Options.ShouldBe([OffRampOption.LetGo]);
        outcome.Gaps.Count.ShouldBe(3);
    }

    [Fact]
    public void Partial_Plan_Offers_The_Three_Options_With_The_Missed_Targets_Biggest_Gap_First()
    {
        // Arrange: calls met; emails missed two weeks of four (half the weeks hit); conversion never judged.
        var outcome = Plan(true, false, false).At("2026-03-28 09:00").Outcome!;

        // Assert
        outcome.Kind.ShouldBe(OutcomeKind.Partial);
        outcome.Options.ShouldBe([OffRampOption.LetGo, OffRampOption.NewPlanOnMissedTargets, OffRampOption.ReadmitWithPrioritisedGaps]);
        outcome.Gaps.Select(g => (g.TargetId, g.Attainment, g.Reason)).ShouldBe(
        [
            ("conversion", 0.0, StatusReason.MinSample),
            ("emails", 0.5, StatusReason.PlanEnded),
        ]);
        outcome.Gaps[1].Achieved.ShouldBe(2);
        outcome.Targets.Single(t => t.TargetId == "calls").Met.ShouldBeTrue();
    }

    [Fact]
    public void Optional_Targets_Do_Not_Decide_The_Outcome()
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 400)
            .Total("emails", 1000, mustHave: false)
            .LogWorkingDays("calls", "2026-03-02", "2026-03-27", 20);

        var outcome = scenario.At("2026-03-28 09:00").Outcome!;

        outcome.Kind.ShouldBe(OutcomeKind.Passed);
        outcome.Targets.Single(t => t.TargetId == "emails").Met.ShouldBeFalse();
    }

    [Fact]
    public void No_Outcome_While_The_Plan_Is_Running()
    {
        Plan(true, true, true).At("2026-03-27 18:00").Outcome.ShouldBeNull();
    }
}
