using System.Text.RegularExpressions;
using PipWatch.Core.Milestones;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>What a manager reads in the digest: figures, trend, changes and what needs their attention.</summary>
public sealed class DigestContentTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    [Fact]
    public void Digest_Shows_Each_Targets_Figures_And_Trend()
    {
        // Arrange: 10 calls a day against 600 over 50 working days; 26 days done by April 7.
        var plan = ContentCases.Steady("Ben Cho", "005000000000012AAA", "pip-ben", 10);

        // Act
        var text = Flat(Composer.Compose(Digest(plan.Snapshot("2026-04-07"))).Text);

        // Assert
        text.ShouldContain("=== Ben Cho: At risk ===");
        text.ShouldContain("24 working days left of 50, today included");
        text.ShouldContain("270 of 600");
        text.ShouldContain("Expected by now: 312");
        text.ShouldContain("Pace: 83% of the pace needed");
        text.ShouldContain("Projection: 500 by May 8");
        text.ShouldContain("Needed from today: 14 a day");
        text.ShouldContain("Recent rate: 10 a day");
        text.ShouldContain("Since the last digest: +10; status unchanged");
    }

    [Fact]
    public void Digest_Html_Has_A_Sparkline_And_A_Progress_Bar_With_Alt_Text_Per_Target()
    {
        // Arrange
        var request = Digest(ContentCases.Realistic().Snapshot("2026-04-07"));

        // Act
        var email = Composer.Compose(request);
        var document = EmailChecks.SafeHtml(email);

        // Assert
        email.Images.Count.ShouldBe(4);
        document.Images.ShouldAllBe(image => image.GetAttribute("width") == "160");
        document.QuerySelectorAll("div[role=img]").Select(bar => bar.GetAttribute("aria-label"))
            .ShouldAllBe(label => label!.EndsWith("of the goal done", StringComparison.Ordinal));
        document.QuerySelector("a[href]")!.GetAttribute("href").ShouldBe("https://acme.my.salesforce.com/lightning/r/User/005000000000001AAA/view");
    }

    [Fact]
    public void Status_Changes_And_Milestones_Are_Listed_Since_The_Last_Digest()
    {
        // Arrange: pace collapses in week 3, so the target falls from on track.
        var plan = new PlanFixture("pip-ana", "Ana Ruiz", "005000000000011AAA")
            .Total("calls", 600)
            .Log("calls", "2026-03-02", "2026-03-13", 12)
            .Log("calls", "2026-03-16", "2026-06-30", 4);
        var snapshot = plan.Snapshot("2026-03-18");
        snapshot.Previous!.Status.ShouldBe(Core.Evaluation.TargetStatus.OnTrack);
        var request = Digest(snapshot with
        {
            NewMilestones = [new Milestone("total:calls:50", MilestoneKind.TotalFraction, "calls", 0.5, Value: 300, Goal: 600)],
        });

        // Act
        var text = Flat(Composer.Compose(request).Text);

        // Assert
        text.ShouldContain("- Overall status moved from on track to at risk.");
        text.ShouldContain("- Calls: now at risk (was on track).");
        text.ShouldContain("Since the last digest: +4; was on track");
        text.ShouldContain("- Calls: passed 50% of the goal (300 of 600).");
    }

    [Fact]
    public void Amendments_Are_Described_With_Their_Reason_Once_Then_Listed_In_One_Line()
    {
        // Arrange
        var plan = ContentCases.Realistic();
        var first = plan.Snapshot("2026-03-23");
        var later = plan.Snapshot("2026-04-07");

        // Act
        var onTheDay = Flat(Composer.Compose(Digest(first with { NewAmendments = first.Evaluation.AmendmentsInForce })).Text);
        var afterwards = Flat(Composer.Compose(Digest(later)).Text);

        // Assert
        onTheDay.ShouldContain("- Plan amended from Monday, March 23, 2026: Calls goal set to 55 a week. Reason: Territory change agreed at the check-in.");
        onTheDay.ShouldNotContain("Amendments in force:");
        afterwards.ShouldContain("Amendments in force: March 23: Calls goal set to 55 a week");
        afterwards.ShouldNotContain("Reason: Territory change");
    }

    [Fact]
    public void Action_Items_Cover_Inactive_Rep_Stale_Data_Check_In_And_Ending_Soon()
    {
        // Arrange: an inactive rep, a stale metric, a check-in day (10 working days done) and a people note.
        var plan = ContentCases.Steady("Ben Cho", "005000000000012AAA", "pip-ben", 10);
        plan.Rep = plan.Rep with { IsActive = false };
        var snapshot = plan.Snapshot("2026-03-16") with
        {
            StaleMetrics = [new StaleMetric("Calls", new DateTimeOffset(2026, 3, 15, 20, 0, 0, TimeSpan.Zero))],
            PeopleNotes = ["The plan names a manager override that is not active in Salesforce."],
        };

        // Act
        var email = Composer.Compose(Digest(snapshot));
        var text = Flat(email.Text);

        // Assert
        text.ShouldContain("- [!] Ben Cho is marked inactive in Salesforce.");
        text.ShouldContain("- Check-in due today (every 5 working days).");
        text.ShouldContain("- Calls: data is stale, last read from Salesforce at Sunday, March 15, 2026 3:00 PM (Chicago time).");
        text.ShouldContain("- The plan names a manager override that is not active in Salesforce.");
        EmailChecks.SafeHtml(email).QuerySelectorAll("li strong").Select(s => s.TextContent).ShouldContain(s => s.StartsWith("Ben Cho is marked inactive", StringComparison.Ordinal));

        // And near the end: ending soon, then the decision once it has ended.
        Flat(Composer.Compose(Digest(plan.Snapshot("2026-05-04"))).Text).ShouldContain("- The plan ends on Friday, May 8, 2026: 5 working days left, today included. Prepare the decision.");
        Flat(Composer.Compose(Digest(plan.Snapshot("2026-05-11"))).Text).ShouldContain("- [!] Decision due: the plan ended on Friday, May 8, 2026 (not passed). Record the outcome in the plan file.");
    }

    [Fact]
    public void The_First_Working_Day_After_The_Start_Asks_For_The_24_Hour_Check_In()
    {
        // Arrange
        var plan = ContentCases.Steady("Ben Cho", "005000000000012AAA", "pip-ben", 10);

        // Act
        var text = Flat(Composer.Compose(Digest(plan.Snapshot("2026-03-03"))).Text);

        // Assert
        text.ShouldContain("- [!] Hold the 24-hour check-in with Ben Cho today if it has not happened yet.");
        text.ShouldContain("Too early to judge");
    }

    [Fact]
    public void Off_Track_Must_Haves_Become_Action_Items_With_The_Rate_Needed()
    {
        // Arrange
        var plan = ContentCases.Steady("Dev Shah", "005000000000014AAA", "pip-dev", 4);

        // Act
        var text = Flat(Composer.Compose(Digest(plan.Snapshot("2026-04-07"))).Text);

        // Assert
        text.ShouldContain("- Calls is off track. It now needs 21 a day. Ask Dev Shah what is in the way and agree on one change for this week.");
    }

    private static NotificationRequest Digest(PlanSnapshot plan) => new()
    {
        Kind = NotificationKind.ManagerDigest,
        IdempotencyKey = $"manager_digest:dana:{plan.Evaluation.LocalDay:yyyy-MM-dd}",
        To = [ContentCases.Manager],
        DataAsOf = plan.Evaluation.AsOf,
        Plans = [plan],
        Settings = ContentCases.Settings,
    };

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
