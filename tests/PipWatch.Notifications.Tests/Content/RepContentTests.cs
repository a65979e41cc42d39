using System.Text.RegularExpressions;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>What the rep reads: their own figures, specific praise, and a plain word when a goal is behind.</summary>
public sealed class RepContentTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    [Fact]
    public void Weekly_Update_Gives_Last_Week_Plan_To_Date_And_The_Rate_Needed()
    {
        // Arrange: 10 calls a day against 600 over the plan; Monday April 6.
        var plan = ContentCases.Steady("Ben Cho", "005000000000012AAA", "pip-ben", 10);

        // Act
        var text = Flat(Composer.Compose(Weekly(plan, "2026-04-06")).Text);

        // Assert
        text.ShouldContain("Week 6 of 10 · 25 working days left, ending Friday, May 8, 2026.");
        text.ShouldContain("Last week: 50 against 60 for the week: 10 short of the pace needed");
        text.ShouldContain("So far: 260 of 600");
        text.ShouldContain("Needed: 14 a day from today");
    }

    [Fact]
    public void A_Rep_Behind_Is_Told_Plainly_What_It_Takes()
    {
        // Arrange: 4 calls a day, far off the 12 a day the goal asks for.
        var plan = ContentCases.Steady("Dev Shah", "005000000000014AAA", "pip-dev", 4);

        // Act
        var email = Composer.Compose(Weekly(plan, "2026-04-06"));
        var text = Flat(email.Text);

        // Assert: the gap, the rate needed against the recent rate, and who to talk to.
        text.ShouldContain("Calls: Off track");
        text.ShouldContain("You are behind where this goal needs to be: 100 done against 300 expected by now.");
        text.ShouldContain("It takes about 20 a day from today to reach 600 by Friday, May 8, 2026: 5 times your recent 4 a day.");
        text.ShouldContain("That is a big step up, and better said now than at the end. Talk to Dana Whitfield this week about what would help most.");
        text.ShouldNotContain("on track", Case.Insensitive);
        text.ShouldNotContain("great", Case.Insensitive);
        email.Subject.ShouldBe("Your weekly progress: needs attention");
        text.ShouldContain("Calls needs more this week.");
    }

    [Fact]
    public void A_Rep_On_Pace_Hears_The_Figures_Behind_The_Praise()
    {
        // Arrange
        var plan = ContentCases.Steady("Ana Ruiz", "005000000000011AAA", "pip-ana", 13);

        // Act
        var text = Flat(Composer.Compose(Weekly(plan, "2026-04-06")).Text);

        // Assert
        text.ShouldContain("You are on pace: 325 done against 300 expected by now. Keep to about 11 a day and you will reach 600 by Friday, May 8, 2026.");
        text.ShouldContain("Your goal is on track. Keep doing what is working.");
    }

    [Fact]
    public void Celebration_Says_What_Was_Achieved_Against_The_Start_And_What_Is_Still_Behind()
    {
        // Arrange: pipeline passed half its goal while calls lag.
        var plan = ContentCases.Realistic();
        var request = ContentCases.Request(NotificationKind.Celebration, plan);

        // Act
        var email = Composer.Compose(request);
        var text = Flat(email.Text);

        // Assert
        email.Subject.ShouldBe("Nice work: Halfway there on Pipeline created");
        text.ShouldContain("You have reached $");
        text.ShouldContain("of your $150,000 goal: more than half of it, with 24 working days to go.");
        text.ShouldContain("In the first week of the plan you averaged $2,400 a day");
        text.ShouldContain("The rest of the goal needs about");
        text.ShouldContain("Dana Whitfield gets a copy of this note.");
        email.Cc.Select(address => address.Address).ShouldBe(["dana@acme.example"]);
        email.Images.Count.ShouldBe(1);
    }

    [Fact]
    public void Celebration_Copies_The_Manager_Only_When_Configured()
    {
        // Arrange
        var request = ContentCases.Request(NotificationKind.Celebration, ContentCases.Realistic());
        var noCopy = request with { Settings = request.Settings with { CcManagerOnCelebrations = false } };

        // Act
        var email = Composer.Compose(noCopy);

        // Assert
        email.Cc.ShouldBeEmpty();
        email.Text.ShouldNotContain("gets a copy");
        email.ToOutgoingEmail(new("pipwatch@acme.example")).Cc.ShouldBeEmpty();
    }

    [Fact]
    public void Celebration_Of_A_Streak_Compares_The_First_Week_With_The_Latest()
    {
        // Arrange: a weekly goal of 50 calls, 8 a day at first, then 12.
        var plan = new PlanFixture("pip-eva", "Eva Lind", "005000000000016AAA")
            .Weekly("calls", 50)
            .Log("calls", "2026-03-02", "2026-03-06", 8)
            .Log("calls", "2026-03-09", "2026-06-30", 12);
        var request = ContentCases.Request(NotificationKind.Celebration, plan) with
        {
            Milestone = new Milestone("streak:calls:2026-03-09", MilestoneKind.Streak, "calls", Date: PlanFixture.Day("2026-03-09"), Weeks: 3),
        };

        // Act
        var text = Flat(Composer.Compose(request).Text);

        // Assert
        text.ShouldContain("3 weeks in a row: Calls");
        text.ShouldContain("Your first week reached 40 against 50; the latest reached 60 against 50.");
        text.ShouldContain("Next week asks for the same 50.");
    }

    [Fact]
    public void Rep_At_Risk_Note_Says_What_It_Takes_Without_Manager_Talk()
    {
        // Arrange
        var plan = ContentCases.Steady("Ben Cho", "005000000000012AAA", "pip-ben", 10);
        var request = ContentCases.Request(NotificationKind.RepAtRiskNote, plan) with
        {
            Warning = new StatusChange("calls", TargetStatus.OnTrack, TargetStatus.AtRisk),
        };

        // Act
        var email = Composer.Compose(request);
        var text = Flat(email.Text);

        // Assert
        email.Subject.ShouldBe("Heads-up on your Calls goal");
        text.ShouldContain("Your Calls goal needs attention");
        text.ShouldContain("It takes about 14 a day from today to reach 600 by Friday, May 8, 2026: about 42% more than your recent 10 a day.");
        text.ShouldContain("Tell Dana Whitfield what is slowing you down.");
        text.ShouldNotContain("Suggested next steps");
    }

    private static NotificationRequest Weekly(PlanFixture plan, string day) => new()
    {
        Kind = NotificationKind.RepWeekly,
        IdempotencyKey = $"rep_weekly:{plan.PipId}:{day}",
        To = [ContentCases.RepRecipient with { Name = plan.Rep.Name }],
        DataAsOf = plan.Instant(PlanFixture.Day(day)),
        Plans = [plan.Snapshot(day)],
    };

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
