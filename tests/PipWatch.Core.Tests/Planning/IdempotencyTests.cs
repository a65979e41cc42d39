using System.Globalization;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Planning;
using PipWatch.Core.Tests.Builders;
using static PipWatch.Core.Tests.Builders.Days;
using static PipWatch.Core.Tests.Planning.PlanningWorld;

namespace PipWatch.Core.Tests.Planning;

/// <summary>Planning is repeated every 15 minutes: the keys must name occurrences, not planning runs.</summary>
public sealed class IdempotencyTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static PlanningWorld Busy()
    {
        var now = Local("2026-03-16 09:00", NewYork);
        var fired = new MilestoneFired(new Milestone("total:calls:50", MilestoneKind.TotalFraction, "calls", 0.5), now.AddHours(-1));
        return new PlanningWorld { Ops = Person("ops", "UTC") }
            .Plan(p => p with
            {
                Watchers = [Person("hr-sam", "America/Chicago")],
                Evaluation = EvaluatedAt(now.AddMinutes(-5), targets: [Target("calls", TargetStatus.AtRisk, TargetStatus.OnTrack, dataAsOf: now)]),
                Milestones = [fired],
            })
            .Add(new PlanInput(Pip("2026-03-16", "2026-04-10", "pip-syd"), Person("rep-syd", "Australia/Sydney")) { Manager = Person("mgr-syd", "Australia/Sydney") })
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-orphan"), Person("rep-o", "America/New_York")));
    }

    [Fact]
    public void Keys_Are_Identical_Across_Repeated_Calls()
    {
        // Arrange
        var world = Busy();
        var now = Local("2026-03-16 09:00", NewYork);

        // Act
        var first = world.At(now);
        var second = world.At(now);

        // Assert
        first.Keys().ShouldBe(second.Keys());
        first.Keys().ShouldBe(
        [
            "atrisk:pip-jordan:calls:2026-03-16:at_risk",
            "digest:hr-sam:2026-03-16",
            "digest:mgr-alex:2026-03-16",
            "milestone:pip-jordan:total:calls:50",
            "ops:no-manager-email:pip-orphan:2026-03-16",
            "weekly:pip-jordan:2026-03-16",
        ]);
    }

    [Fact]
    public void Keys_Stay_The_Same_Through_The_Day()
    {
        // Arrange
        var world = Busy();
        var start = Local("2026-03-16 09:00", NewYork);
        var morning = world.At(start).ToDictionary(Occurrence, n => n.IdempotencyKey);

        // Act: every 15 minutes until the digest's latest time in New York.
        var runs = Enumerable.Range(1, 43).Select(i => world.At(start.AddMinutes(15 * i)).ToArray()).ToArray();

        // Assert: what recurs keeps its key (the at-risk warning drops out once its evaluation is stale; Sydney's
        // digest comes in once it is 08:00 there).
        var changed = runs.SelectMany(run => run)
            .Where(n => morning.TryGetValue(Occurrence(n), out var key) && key != n.IdempotencyKey)
            .Select(n => n.IdempotencyKey)
            .ToArray();
        changed.ShouldBeEmpty();
        runs.ShouldAllBe(run => run.Any(n => n.IdempotencyKey == "digest:mgr-alex:2026-03-16"));
        runs.ShouldAllBe(run => run.Any(n => n.IdempotencyKey == "weekly:pip-jordan:2026-03-16"));
    }

    private static string Occurrence(PlannedNotification note) =>
        $"{note.Kind}|{(note.To.Count > 0 ? note.To[0].UserId : "")}|{string.Join(',', note.PipIds)}|{note.Warning?.TargetId}";

    [Fact]
    public void Keys_Do_Not_Depend_On_The_Current_Culture()
    {
        // Arrange
        var world = Busy();
        var now = Local("2026-03-16 09:00", NewYork);
        var invariant = world.At(now).Keys();
        var culture = CultureInfo.CurrentCulture;

        // Act
        string[] thai;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            thai = world.At(now).Keys();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        // Assert
        thai.ShouldBe(invariant);
    }

    [Fact]
    public void Worker_Loop_Over_A_Whole_Plan_Enqueues_Each_Occurrence_Once()
    {
        // Arrange: 300 calls from 2 to 27 March (15 a working day), planned every 15 minutes from 1 March to 1 April.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 300)
            .LogWorkingDays("calls", "2026-03-02", "2026-03-27", 16);
        var loop = new WorkerLoop(scenario, Rep, Manager);

        // Act
        loop.Run(Local("2026-03-01 00:00", NewYork), Local("2026-04-01 00:00", NewYork), TimeSpan.FromMinutes(15));

        // Assert: 20 plan working days and the Monday after; a weekly note on each Monday from the second week.
        loop.Keys(NotificationKind.ManagerDigest).Length.ShouldBe(21);
        loop.Keys(NotificationKind.ManagerDigest).ShouldContain("digest:mgr-alex:2026-03-30");
        loop.Keys(NotificationKind.RepWeekly).ShouldBe(["weekly:pip-jordan:2026-03-09", "weekly:pip-jordan:2026-03-16", "weekly:pip-jordan:2026-03-23", "weekly:pip-jordan:2026-03-30"]);
        loop.Keys(NotificationKind.KickoffRep).ShouldBe(["kickoff:pip-jordan:rep"]);
        loop.Keys(NotificationKind.KickoffManager).ShouldBe(["kickoff:pip-jordan:manager"]);
        loop.Keys(NotificationKind.CheckInReminder).ShouldBe(["checkin:pip-jordan"]);
        loop.Keys(NotificationKind.EndingSoon).ShouldBe(["ending-soon:pip-jordan:2026-03-27"]);
        loop.Keys(NotificationKind.OffRampReport).ShouldBe(["offramp:pip-jordan:2026-03-27"]);
        loop.Keys(NotificationKind.Celebration).ShouldBe(["milestone:pip-jordan:total:calls:50", "milestone:pip-jordan:total:calls:100", "milestone:pip-jordan:passed"]);
        loop.Keys(NotificationKind.AtRiskWarning).ShouldBeEmpty();
        loop.Duplicates.ShouldBeGreaterThan(0);
        loop.Outbox.Where(o => o.Note.ExpiresAt is not null).ShouldAllBe(o => o.At < o.Note.ExpiresAt);
        loop.Outbox.Where(o => o.Note.Kind == NotificationKind.ManagerDigest)
            .ShouldAllBe(o => TimeZoneInfo.ConvertTime(o.At, NewYork).TimeOfDay == TimeSpan.FromHours(8));
    }

    [Fact]
    public void Worker_Loop_Warns_Once_When_A_Rep_Falls_Behind_And_Again_Only_When_It_Worsens()
    {
        // Arrange: 300 calls (15 a working day); the rep logs 12 a day, then nothing from 16 March.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Total("calls", 300)
            .LogWorkingDays("calls", "2026-03-02", "2026-03-13", 12);
        var loop = new WorkerLoop(scenario, Rep, Manager);

        // Act
        loop.Run(Local("2026-03-02 00:00", NewYork), Local("2026-03-28 00:00", NewYork), TimeSpan.FromMinutes(30));

        // Assert
        var warnings = loop.Outbox.Where(o => o.Note.Kind == NotificationKind.AtRiskWarning).ToArray();
        warnings.Select(w => w.Note.Warning!.To).ShouldBe([TargetStatus.AtRisk, TargetStatus.OffTrack]);
        warnings[0].Note.Warning!.From.ShouldBe(TargetStatus.NotStarted);
        warnings[1].Note.Warning!.IsWorsening.ShouldBeTrue();
    }
}
