using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Planning;
using static PipWatch.Core.Tests.Builders.Days;
using static PipWatch.Core.Tests.Planning.PlanningWorld;

namespace PipWatch.Core.Tests.Planning;

/// <summary>
/// What a digest says about a plan (2 to 27 March 2026, New York): data not yet in, stale figures, an inactive rep,
/// what needs attention, and what changed since the reader's previous digest.
/// </summary>
public sealed class DigestContentTests
{
    [Fact]
    public void Digest_Lists_A_Plan_Never_Evaluated_As_No_Data_Yet()
    {
        var digest = new PlanningWorld().Plan().AtLocal("2026-03-02 08:00").Single(n => n.Kind == NotificationKind.ManagerDigest);

        digest.Plans.Single().Evaluation.ShouldBeNull();
        digest.Plans.Single().Attention.ShouldContain(AttentionItem.NoDataYet);
    }

    [Fact]
    public void Digest_Says_When_The_Rep_Is_Inactive()
    {
        var world = new PlanningWorld().Plan(p => p with { Rep = Person("rep-jordan", "America/New_York", active: false) });

        var digest = world.AtLocal("2026-03-10 08:00").Single(n => n.Kind == NotificationKind.ManagerDigest);

        digest.Plans.Single().Attention.ShouldContain(AttentionItem.RepInactive);
    }

    [Fact]
    public void Digest_Marks_Stale_Figures_And_Still_Goes_Out()
    {
        // Arrange: calls last polled at 01:00, seven hours before the digest; emails polled at 07:45.
        var now = Local("2026-03-10 08:00", TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var evaluation = EvaluatedAt(now.AddMinutes(-10), targets: [Target("calls", TargetStatus.OnTrack), Target("emails", TargetStatus.OnTrack)]);
        var world = new PlanningWorld().Plan(p => p with
        {
            Evaluation = evaluation,
            LastSuccessfulPolls = new Dictionary<string, DateTimeOffset?> { ["calls"] = now.AddHours(-7), ["emails"] = now.AddMinutes(-15) },
        });

        // Act
        var view = world.At(now).Single(n => n.Kind == NotificationKind.ManagerDigest).Plans.Single();

        // Assert
        view.StaleMetrics.ShouldBe(["calls"]);
        view.Attention.ShouldContain(AttentionItem.StaleData);
    }

    [Theory]
    [InlineData("2026-03-03", new[] { AttentionItem.CheckInDue })] // the 24-hour check-in
    [InlineData("2026-03-04", new AttentionItem[0])]
    [InlineData("2026-03-09", new[] { AttentionItem.CheckInDue })] // every 5 working days from a Monday start
    [InlineData("2026-03-23", new[] { AttentionItem.CheckInDue, AttentionItem.EndingSoon })] // 5 working days left
    [InlineData("2026-03-20", new AttentionItem[0])] // 6 left
    [InlineData("2026-03-30", new[] { AttentionItem.DecisionDue })]
    public void Digest_Lists_What_Needs_The_Managers_Attention(string day, AttentionItem[] expected)
    {
        var now = Local($"{day} 08:00", TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var world = new PlanningWorld().Plan(p => p with
        {
            Evaluation = EvaluatedAt(now, targets: [Target("calls", TargetStatus.OnTrack, dataAsOf: now)]),
        });

        var view = world.At(now).Single(n => n.Kind == NotificationKind.ManagerDigest).Plans.Single();

        view.Attention.ShouldBe(expected);
    }

    [Fact]
    public void First_Digest_On_Or_After_An_Amendment_Describes_It_And_Later_Ones_List_It_In_Force()
    {
        // Arrange: an amendment dated Saturday 14 March.
        var amendment = MoveEnd("2026-03-14", "2026-04-03");
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-02", "2026-03-27", PipId, amendment) });

        // Act
        var friday = world.AtLocal("2026-03-13 08:00").Single(n => n.Kind == NotificationKind.ManagerDigest).Plans.Single();
        var monday = world.AtLocal("2026-03-16 08:00").Single(n => n.Kind == NotificationKind.ManagerDigest).Plans.Single();
        var tuesday = world.AtLocal("2026-03-17 08:00").Single(n => n.Kind == NotificationKind.ManagerDigest).Plans.Single();

        // Assert
        friday.NewAmendments.ShouldBeEmpty();
        friday.AmendmentsInForce.ShouldBeEmpty();
        monday.NewAmendments.ShouldBe([amendment]);
        monday.End.ShouldBe(D("2026-04-03"));
        tuesday.NewAmendments.ShouldBeEmpty();
        tuesday.AmendmentsInForce.ShouldBe([amendment]);
    }

    [Fact]
    public void Amendment_Missed_By_An_Expired_Digest_Is_Described_Since_The_Last_Digest_Received()
    {
        // Arrange: an amendment dated Friday 13 March; Friday's digest expired, the last one received was Thursday's.
        var amendment = MoveEnd("2026-03-13", "2026-04-03");
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-02", "2026-03-27", PipId, amendment) });
        world.LastDigestDays["mgr-alex"] = D("2026-03-12");

        // Act
        var monday = world.AtLocal("2026-03-16 08:00").Single(n => n.Kind == NotificationKind.ManagerDigest).Plans.Single();

        // Assert
        monday.NewAmendments.ShouldBe([amendment]);
    }

    [Fact]
    public void Digest_Reports_Milestones_And_Status_Changes_Since_The_Previous_Digest()
    {
        // Arrange: Monday's digest; the previous one was Friday's at 08:00.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var now = Local("2026-03-16 08:00", zone);
        var old = new MilestoneFired(new Milestone("weekly:calls:2026-03-02", MilestoneKind.WeeklyHit, "calls"), Local("2026-03-13 07:00", zone));
        var recent = new MilestoneFired(new Milestone("total:calls:50", MilestoneKind.TotalFraction, "calls", 0.5), Local("2026-03-14 11:00", zone));
        var world = new PlanningWorld().Plan(p => p with
        {
            Evaluation = EvaluatedAt(now, targets: [Target("calls", TargetStatus.AtRisk, dataAsOf: now), Target("emails", TargetStatus.OnTrack, dataAsOf: now)]),
            Milestones = [old, recent],
            StatusHistory =
            [
                new StatusOnDay("calls", D("2026-03-12"), TargetStatus.AtRisk),
                new StatusOnDay("calls", D("2026-03-13"), TargetStatus.OnTrack),
                new StatusOnDay("emails", D("2026-03-13"), TargetStatus.OnTrack),
            ],
        });

        // Act
        var view = world.At(now).Single(n => n.Kind == NotificationKind.ManagerDigest).Plans.Single();

        // Assert
        view.NewMilestones.ShouldBe([recent]);
        view.StatusChanges.ShouldBe([new StatusChange("calls", TargetStatus.OnTrack, TargetStatus.AtRisk)]);
    }
}
