using PipWatch.Core.Evaluation;
using PipWatch.Core.Planning;
using static PipWatch.Core.Tests.Builders.Days;
using static PipWatch.Core.Tests.Planning.PlanningWorld;

namespace PipWatch.Core.Tests.Planning;

/// <summary>Bad input is refused with a message naming what is wrong and where.</summary>
public sealed class PlanningValidationTests
{
    [Fact]
    public void Unknown_Time_Zone_Names_The_Plan_And_The_Person()
    {
        var world = new PlanningWorld().Plan(p => p with { Manager = Person("mgr-alex", "Mars/Olympus_Mons") });

        var error = Should.Throw<ArgumentException>(() => world.AtUtc("2026-03-10 12:00"));

        error.Message.ShouldContain("Plan 'pip-jordan', manager 'mgr alex'");
        error.Message.ShouldContain("Mars/Olympus_Mons");
    }

    [Fact]
    public void Latest_Digest_Time_Must_Follow_The_Send_Time()
    {
        var world = new PlanningWorld { Schedule = new PlanningSchedule { DigestTime = new(9, 0), DigestLatestTime = new(8, 0) } }.Plan();

        var error = Should.Throw<ArgumentException>(() => world.AtUtc("2026-03-10 12:00"));

        error.Message.ShouldContain("latest digest time 08:00 must be later than the digest time 09:00");
    }

    [Fact]
    public void Plan_Given_Twice_Is_Refused()
    {
        var world = new PlanningWorld().Plan().Plan();

        Should.Throw<ArgumentException>(() => world.AtUtc("2026-03-10 12:00")).Message.ShouldContain("Plan 'pip-jordan' is given twice");
    }

    [Fact]
    public void Evaluation_Of_Another_Plan_Is_Refused()
    {
        var world = new PlanningWorld().Plan(p => p with { Evaluation = EvaluatedAt(Utc("2026-03-10 12:00"), pipId: "pip-other") });

        Should.Throw<ArgumentException>(() => world.AtUtc("2026-03-10 12:00")).Message.ShouldContain("Plan 'pip-jordan' was given the evaluation of plan 'pip-other'");
    }

    [Fact]
    public void Person_Without_User_Id_Is_Refused()
    {
        var world = new PlanningWorld().Plan(p => p with { Rep = p.Rep with { UserId = " " } });

        Should.Throw<ArgumentException>(() => world.AtUtc("2026-03-10 12:00")).Message.ShouldContain("the rep 'rep jordan' has no user id");
    }

    [Theory]
    [InlineData("not_started", TargetStatus.NotStarted)]
    [InlineData("met", TargetStatus.Met)]
    [InlineData("on_track", TargetStatus.OnTrack)]
    [InlineData("at_risk", TargetStatus.AtRisk)]
    [InlineData("off_track", TargetStatus.OffTrack)]
    public void Stored_Status_Keys_Read_Back_As_Statuses(string key, TargetStatus status)
    {
        TargetStatusParser.Parse(key, "warning of pip-jordan/calls").ShouldBe(status);
    }

    [Fact]
    public void Unknown_Stored_Status_Key_Names_The_Row()
    {
        Should.Throw<ArgumentException>(() => TargetStatusParser.Parse("AtRisk", "warning of pip-jordan/calls"))
            .Message.ShouldContain("warning of pip-jordan/calls: 'AtRisk' is not a target status");
    }
}
