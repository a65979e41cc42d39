using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Core.Tests.Builders;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>Amendments to the plan Monday 2 to Friday 27 March 2026, most of them agreed at the check-in on Monday 16 March.</summary>
public sealed class AmendmentTests
{
    private static PlanScenario Plan() => new PlanScenario("2026-03-02", "2026-03-27").Total("calls", 400);

    [Fact]
    public void Amendment_Extending_The_End_Date_Mid_Plan_Applies_From_Its_Date()
    {
        // Arrange: the end moves from 27 March to 10 April (30 working days instead of 20).
        var scenario = Plan().Amend("2026-03-16", newEnd: "2026-04-10");

        // Act
        var friday = scenario.At("2026-03-13 17:00");
        var monday = scenario.At("2026-03-16 09:00");
        var formerEnd = scenario.At("2026-03-28 09:00");

        // Assert
        friday.End.ShouldBe(D("2026-03-27"));
        friday.Targets[0].Expected.ShouldBe(180);
        friday.AmendmentsInForce.ShouldBeEmpty();

        monday.End.ShouldBe(D("2026-04-10"));
        monday.WorkingDaysTotal.ShouldBe(30);
        monday.WorkingDaysRemaining.ShouldBe(20);
        monday.Targets[0].Expected!.Value.ShouldBe(400.0 * 10 / 30, 1e-9);
        monday.AmendmentsInForce.Single().Reason.ShouldBe("Agreed at check-in");

        formerEnd.Phase.ShouldBe(PlanPhase.Running);
        formerEnd.Outcome.ShouldBeNull();
    }

    [Fact]
    public void Evaluation_Before_An_Amendment_Is_Unchanged_By_It()
    {
        var original = Plan().LogWorkingDays("calls", "2026-03-02", "2026-03-13", 15);
        var amended = Plan().LogWorkingDays("calls", "2026-03-02", "2026-03-13", 15).Amend("2026-03-16", newEnd: "2026-04-10", goals: [new GoalChange("calls", 300)]);

        var before = original.At("2026-03-15 22:00");
        var after = amended.At("2026-03-15 22:00");

        after.End.ShouldBe(before.End);
        after.Targets[0].Expected.ShouldBe(before.Targets[0].Expected);
        after.Targets[0].Pace.ShouldBe(before.Targets[0].Pace);
        after.Targets[0].Status.ShouldBe(before.Targets[0].Status);
        after.Targets[0].PlanGoal.ShouldBe(400);
    }

    [Fact]
    public void Goal_Change_On_A_Total_Applies_To_The_Whole_Plan_From_Its_Date()
    {
        var scenario = Plan().Amend("2026-03-16", goals: [new GoalChange("calls", 300)]);

        var calls = scenario.TargetAt("2026-03-16 09:00");

        calls.PlanGoal.ShouldBe(300);
        calls.Expected.ShouldBe(150);
    }

    [Fact]
    public void Goal_Change_On_A_Weekly_Target_Applies_From_The_Week_It_Falls_In()
    {
        // Arrange: 50 calls a week lowered to 40 from Wednesday 11 March.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Weekly("calls", 50).Amend("2026-03-11", goals: [new GoalChange("calls", 40)]);

        // Act
        var tuesday = scenario.TargetAt("2026-03-10 09:00");
        var thursday = scenario.TargetAt("2026-03-12 09:00");

        // Assert: completed weeks keep the goal they were judged on.
        tuesday.Weeks.Select(w => w.Goal).ShouldBe([50, 50, 50, 50]);
        thursday.Weeks.Select(w => w.Goal).ShouldBe([50, 40, 40, 40]);
        thursday.Goal.ShouldBe(40);
    }

    [Fact]
    public void Added_Target_Starts_On_The_Amendment_Date_With_Its_Own_Grace_Period()
    {
        // Arrange: 20 meetings held to be added from Monday 16 March; one meeting before that, two after.
        var scenario = Plan()
            .Amend("2026-03-16", add: [new Target("meetings_held", "meetings_held", GoalKind.Total, 20)])
            .Log("meetings_held", "2026-03-10", 1)
            .Log("meetings_held", "2026-03-16", 2);

        // Act
        var before = scenario.At("2026-03-13 09:00");
        var meetings = scenario.TargetAt("2026-03-17 09:00", "meetings_held");

        // Assert
        before.FindTarget("meetings_held").ShouldBeNull();
        meetings.Start.ShouldBe(D("2026-03-16"));
        meetings.WorkingDaysTotal.ShouldBe(10);
        meetings.WorkingDaysCompleted.ShouldBe(1);
        meetings.ActualCompleted.ShouldBe(2);
        meetings.Expected.ShouldBe(2);
        meetings.Reason.ShouldBe(StatusReason.GracePeriod);
    }

    [Fact]
    public void Dropped_Target_Leaves_The_Plan_From_The_Amendment_Date()
    {
        var scenario = Plan().Total("emails", 200).Amend("2026-03-16", drop: ["emails"]);

        var before = scenario.At("2026-03-13 09:00");
        var after = scenario.At("2026-03-16 09:00");

        before.Targets.Select(t => t.TargetId).ShouldBe(["calls", "emails"]);
        after.Targets.Select(t => t.TargetId).ShouldBe(["calls"]);
        after.DroppedTargetIds.ShouldBe(["emails"]);
    }

    [Fact]
    public void Amendments_Apply_In_Date_Order_Whatever_Their_Order_In_The_File()
    {
        var scenario = Plan()
            .Amend("2026-03-23", goals: [new GoalChange("calls", 350)])
            .Amend("2026-03-09", goals: [new GoalChange("calls", 300)]);

        scenario.TargetAt("2026-03-10 09:00").PlanGoal.ShouldBe(300);
        scenario.TargetAt("2026-03-24 09:00").PlanGoal.ShouldBe(350);
        scenario.At("2026-03-24 09:00").AmendmentsInForce.Select(a => a.EffectiveDate).ShouldBe([D("2026-03-09"), D("2026-03-23")]);
    }

    [Theory]
    [InlineData("goal", "changes the goal of target 'meetings'")]
    [InlineData("drop", "drops target 'meetings'")]
    [InlineData("add", "adds target 'calls'")]
    [InlineData("end", "moves the end to 2026-02-01")]
    public void Invalid_Amendment_Is_Reported_With_Plan_Date_And_Target(string problem, string message)
    {
        // Arrange
        var scenario = problem switch
        {
            "goal" => Plan().Amend("2026-03-16", goals: [new GoalChange("meetings", 10)]),
            "drop" => Plan().Amend("2026-03-16", drop: ["meetings"]),
            "add" => Plan().Amend("2026-03-16", add: [new Target("calls", "calls", GoalKind.Weekly, 50)]),
            _ => Plan().Amend("2026-03-16", newEnd: "2026-02-01"),
        };

        // Act
        var ex = Should.Throw<ArgumentException>(scenario.Prepare);

        // Assert
        ex.Message.ShouldContain("pip-jordan");
        ex.Message.ShouldContain("2026-03-16");
        ex.Message.ShouldContain(message);
    }
}
