using PipWatch.Core.Plans;
using PipWatch.Core.Realism;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>A rep sees only their own figures; a manager only their reps; a watcher only the plan they watch.</summary>
public sealed class PrivacyTests
{
    private const string Peer = "Quinn Peer-Colleague";
    private const string OtherManagersRep = "Rowan Elsewhere";

    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    // A peer with a figure nobody else has: $7,777 of pipeline every working day.
    private static readonly PlanFixture PeerPlan = new PlanFixture("pip-quinn", Peer, "005000000000021AAA")
        .Weekly("calls", 60)
        .Total("pipeline", 150_000)
        .Log("calls", "2026-03-02", "2026-06-30", 17)
        .Log("pipeline", "2026-03-02", "2026-06-30", 7_777);

    [Theory]
    [InlineData(NotificationKind.RepWeekly)]
    [InlineData(NotificationKind.Celebration)]
    [InlineData(NotificationKind.RepKickoff)]
    [InlineData(NotificationKind.RepAtRiskNote)]
    public void Rep_Mail_Carries_No_Peer_Name_Or_Figure(NotificationKind kind)
    {
        // Arrange: the manager's digest carries both reps, so the peer's figures are known to the system.
        var digest = Composer.Compose(ContentCases.Request(NotificationKind.ManagerDigest, ContentCases.Realistic()) with
        {
            Plans = [ContentCases.Realistic().Snapshot("2026-04-07"), PeerPlan.Snapshot("2026-04-07")],
        });
        var peerFigure = PeerFigure();
        digest.Text.ShouldContain(Peer);
        digest.Text.ShouldContain(peerFigure);

        // Act
        var email = Composer.Compose(ContentCases.Request(kind, ContentCases.Realistic()));

        // Assert
        foreach (var body in new[] { email.Subject, email.Html, email.Text })
        {
            body.ShouldNotContain("Quinn");
            body.ShouldNotContain(peerFigure);
            body.ShouldNotContain("pip-quinn");
            body.ShouldNotContain("7,777");
        }
    }

    [Theory]
    [InlineData(NotificationKind.RepWeekly)]
    [InlineData(NotificationKind.Celebration)]
    [InlineData(NotificationKind.RepKickoff)]
    [InlineData(NotificationKind.RepAtRiskNote)]
    public void Rep_Mail_Cannot_Carry_A_Second_Plan(NotificationKind kind)
    {
        // Arrange
        var request = ContentCases.Request(kind, ContentCases.Realistic());
        var leaky = request with { Plans = [.. request.Plans, PeerPlan.Snapshot(ContentCases.DayFor(kind, PeerPlan))] };

        // Act
        var failure = Should.Throw<ArgumentException>(() => Composer.Compose(leaky));

        // Assert
        failure.Message.ShouldContain("exactly one plan, and 2 were given");
    }

    [Fact]
    public void Rep_Mail_Leaves_Out_Manager_Notes_Amendment_Reasons_And_The_Peer_Comparison()
    {
        // Arrange: a snapshot loaded with things only the manager should read.
        var plan = ContentCases.Realistic();
        var snapshot = plan.Snapshot("2026-03-23") with
        {
            PeopleNotes = ["Confidential: HR is reviewing attendance."],
            NewAmendments = [new Amendment(PlanFixture.Day("2026-03-23"), "Confidential: medical leave agreed with HR.", null, [new GoalChange("calls", 55)], [], [])],
            Realism = new Dictionary<string, RealismAssessment>
            {
                ["calls"] = RealismCheck.Assess(60, Direction.AtLeast, [[40, 45], [50, 52], [44, 48], [55, 51]]),
            },
        };

        foreach (var kind in new[] { NotificationKind.RepWeekly, NotificationKind.RepKickoff })
        {
            var request = ContentCases.Request(kind, plan) with { Plans = [snapshot] };

            // Act
            var email = Composer.Compose(request);

            // Assert
            email.Text.ShouldNotContain("Confidential");
            email.Html.ShouldNotContain("Confidential");
            email.Text.ShouldNotContain("percentile");
            email.Text.ShouldNotContain("peers");
        }

        // The manager's digest and kickoff do carry them.
        var digest = Composer.Compose(ContentCases.Request(NotificationKind.ManagerDigest, plan) with { Plans = [snapshot] });
        digest.Text.ShouldContain("Confidential: HR is reviewing attendance.");
        digest.Text.ShouldContain("Confidential: medical leave agreed with HR.");
        var kickoff = Composer.Compose(ContentCases.Request(NotificationKind.ManagerKickoff, plan) with { Plans = [snapshot] });
        kickoff.Text.ShouldContain("percentile");
    }

    [Fact]
    public void Manager_Digest_Shows_Only_The_Plans_It_Is_Given()
    {
        // Arrange: the manager's own two reps; another manager's rep exists alongside.
        var day = PlanFixture.Day("2026-04-07");
        var own = new[] { ContentCases.Realistic().Snapshot(day), PeerPlan.Snapshot(day) };
        var elsewhere = ContentCases.Steady(OtherManagersRep, "005000000000031AAA", "pip-rowan", 6).Snapshot(day);
        var request = ContentCases.Request(NotificationKind.ManagerDigest, ContentCases.Realistic()) with { Plans = own };

        // Act
        var email = Composer.Compose(request);
        var otherEmail = Composer.Compose(request with { IdempotencyKey = "manager_digest:other", Plans = [elsewhere] });

        // Assert
        email.Subject.ShouldStartWith("PIP digest — 2 reps:");
        email.Text.ShouldContain("Jordan Alvarez");
        email.Text.ShouldContain(Peer);
        email.Text.ShouldNotContain(OtherManagersRep);
        email.Html.ShouldNotContain("pip-rowan");
        otherEmail.Text.ShouldNotContain("Jordan Alvarez");
        otherEmail.Text.ShouldNotContain(Peer);
        otherEmail.Text.ShouldNotContain(PeerFigure());
    }

    [Fact]
    public void Watcher_Digest_Carries_Only_The_Watched_Plan_And_Says_Why()
    {
        // Arrange
        var watched = PeerPlan.Snapshot("2026-04-07");
        var request = new NotificationRequest
        {
            Kind = NotificationKind.ManagerDigest,
            IdempotencyKey = "manager_digest:watcher:priya:2026-04-07",
            To = [new Recipient("Priya Raman", "priya@acme.example", "en_GB", "Europe/London")],
            DataAsOf = watched.Evaluation.AsOf,
            Plans = [watched],
            AsWatcher = true,
        };

        // Act
        var email = Composer.Compose(request);

        // Assert
        email.Text.ShouldContain($"you watch {Peer}'s plan");
        email.Subject.ShouldStartWith($"PIP digest — {Peer}:");
        email.Text.ShouldNotContain("Jordan Alvarez");
        EmailChecks.SafeHtml(email).QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe([Peer]);
    }

    [Fact]
    public void Ops_Alert_Cannot_Carry_Plan_Figures()
    {
        // Arrange
        var request = ContentCases.Request(NotificationKind.OpsAlert, ContentCases.Realistic()) with { Plans = [PeerPlan.Snapshot("2026-04-07")] };

        // Act
        var failure = Should.Throw<ArgumentException>(() => Composer.Compose(request));

        // Assert
        failure.Message.ShouldContain("an ops alert carries no plan figures");
    }

    /// <summary>The peer's pipeline to date as every email would print it.</summary>
    private static string PeerFigure()
    {
        var actual = PeerPlan.Snapshot("2026-04-07").Evaluation.FindTarget("pipeline")!.Actual!.Value;
        return actual.ToString("C0", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
    }
}
