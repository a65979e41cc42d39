using PipWatch.Core.Evaluation;
using PipWatch.Core.Planning;
using static PipWatch.Core.Tests.Builders.Days;
using static PipWatch.Core.Tests.Planning.PlanningWorld;

namespace PipWatch.Core.Tests.Planning;

/// <summary>Plans whose manager PipWatch cannot write to: ops hear of it, the rep's own mail continues.</summary>
public sealed class UnresolvedPeopleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static TheoryData<string, OpsProblem> Managers => new()
    {
        { "no email", OpsProblem.ManagerWithoutEmail },
        { "inactive", OpsProblem.ManagerInactive },
        { "unresolved", OpsProblem.ManagerUnresolved },
    };

    private static PersonRef? ManagerWho(string situation) => situation switch
    {
        "no email" => Person("mgr-alex", "America/New_York", email: false),
        "inactive" => Person("mgr-alex", "America/New_York", active: false),
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Managers))]
    public void Manager_Without_Email_Raises_An_Ops_Alert_And_The_Reps_Mail_Continues(string situation, OpsProblem problem)
    {
        // Arrange: the start date, with a behind target so that a manager would also be warned.
        var now = Local("2026-03-02 08:00", NewYork);
        var world = new PlanningWorld().Plan(p => p with
        {
            Manager = ManagerWho(situation),
            Evaluation = EvaluatedAt(now, targets: [Target("calls", TargetStatus.AtRisk, TargetStatus.NotStarted, dataAsOf: now)]),
        });

        // Act
        var notes = world.At(now);

        // Assert
        notes.Select(n => n.Kind).ShouldBe([NotificationKind.KickoffRep, NotificationKind.OpsAlert], ignoreOrder: true);
        var alert = notes.Single(n => n.Kind == NotificationKind.OpsAlert);
        alert.IdempotencyKey.ShouldBe("ops:no-manager-email:pip-jordan:2026-03-02");
        alert.Problem.ShouldBe(problem);
        alert.To.ShouldBeEmpty();
    }

    [Fact]
    public void Ops_Alert_Goes_To_The_Ops_Address_When_Configured()
    {
        var ops = Person("ops", "UTC");
        var world = new PlanningWorld { Ops = ops }.Plan(p => p with { Manager = Person("mgr-alex", "America/New_York", email: false) });

        world.AtLocal("2026-03-10 08:00").Single(n => n.Kind == NotificationKind.OpsAlert).To.ShouldBe([ops]);
    }

    [Theory]
    [InlineData("2026-03-10 07:59", null)]
    [InlineData("2026-03-10 08:00", "2026-03-10")]
    [InlineData("2026-03-14 09:00", null)] // Saturday
    [InlineData("2026-03-30 09:00", "2026-03-30")] // the digest span's last day
    [InlineData("2026-03-31 09:00", null)]
    public void Ops_Alert_Once_A_Day_When_The_Managers_Digest_Would_Have_Gone_Out(string local, string? day)
    {
        var world = new PlanningWorld().Plan(p => p with { Manager = null });

        world.AtLocal(local).Keys(NotificationKind.OpsAlert).ShouldBe(day is null ? [] : [$"ops:no-manager-email:pip-jordan:{day}"]);
    }

    [Fact]
    public void Manager_Without_Email_Still_Lets_Other_Managers_Get_Their_Digest()
    {
        var world = new PlanningWorld()
            .Plan(p => p with { Manager = Person("mgr-alex", "America/New_York", email: false) })
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-other"), Person("rep-b", "America/New_York")) { Manager = Person("mgr-kim", "America/New_York") });

        var digests = world.AtLocal("2026-03-10 08:00").OfKind(NotificationKind.ManagerDigest);

        digests.Keys().ShouldBe(["digest:mgr-kim:2026-03-10"]);
    }
}
