using System.Text.RegularExpressions;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;
using PipWatch.Core.Realism;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>The manager's event notes: warning, kickoff, check-in, ending soon, off-ramp and relapse.</summary>
public sealed class ManagerNoteTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    [Fact]
    public void At_Risk_Warning_Says_How_Far_Behind_And_What_Recovery_Takes_Against_The_Current_Rate()
    {
        // Arrange
        var plan = ContentCases.Steady("Ben Cho", "005000000000012AAA", "pip-ben", 10);
        var request = ContentCases.Request(NotificationKind.AtRiskWarning, plan) with
        {
            Warning = new StatusChange("calls", TargetStatus.OnTrack, TargetStatus.AtRisk),
        };

        // Act
        var email = Composer.Compose(request);
        var text = Flat(email.Text);

        // Assert
        email.Subject.ShouldBe("PIP warning — Ben Cho: Calls at risk");
        text.ShouldContain("Ben Cho: Calls is now at risk (was on track)");
        text.ShouldContain("Why: behind the pace the goal needs.");
        text.ShouldContain("How far behind: Through yesterday: 260 done against 312 expected, 52 behind, a pace of 83%. At the recent rate it ends near 500 of 600.");
        text.ShouldContain("What recovery takes: To reach 600 by Friday, May 8, 2026, Ben Cho needs about 14 a day over the 24 working days left, against a recent 10 a day: about 42% more than the recent rate.");
        text.ShouldContain("1. Check in with Ben Cho in the next day or two.");
        text.ShouldContain("2. Find what is in the way and clear it");
        text.ShouldContain("3. Make sure Ben Cho has what this goal needs");
        email.Images.Count.ShouldBe(1);
        EmailChecks.SafeHtml(email).QuerySelectorAll("ol li").Length.ShouldBe(4);
    }

    [Fact]
    public void Manager_Kickoff_Flags_Goals_Outside_The_Peers_Range()
    {
        // Arrange: peers make 45 to 52 calls a week; the goal asks 60.
        var plan = ContentCases.Steady("Ana Ruiz", "005000000000011AAA", "pip-ana", 13);
        var request = ContentCases.Request(NotificationKind.ManagerKickoff, plan) with
        {
            Plans =
            [
                plan.Snapshot(plan.Start) with
                {
                    Realism = new Dictionary<string, RealismAssessment>
                    {
                        ["calls"] = RealismCheck.Assess(60, Direction.AtLeast, [[40, 45], [50, 52], [44, 48], [55, 51]]),
                    },
                },
            ],
        };

        // Act
        var email = Composer.Compose(request);
        var text = Flat(email.Text);

        // Assert
        email.Subject.ShouldBe("PIP kickoff — Ana Ruiz: 1 goal, March 2 to May 8");
        text.ShouldContain("Calls is outside the range most peers achieve.");
        text.ShouldContain("[!] Above what most peers achieve: 60 a week is above the peers' 75th percentile (52); the middle half of 4 peers runs 45 to 52 a week, median 49.");
        text.ShouldContain("1. Meet Ana Ruiz within 24 hours.");
        text.ShouldContain("That is about 12 a working day over 50 working days.");
    }

    [Fact]
    public void Check_In_Reminder_Asks_Whether_The_24_Hour_Check_In_Happened()
    {
        // Act
        var email = Composer.Compose(ContentCases.Request(NotificationKind.CheckInReminder, ContentCases.Realistic()));
        var text = Flat(email.Text);

        // Assert
        email.Subject.ShouldBe("PIP check-in — has the 24-hour check-in with Jordan Alvarez happened?");
        text.ShouldContain("The plan started on Monday, March 2, 2026.");
        text.ShouldContain("Worth covering:");
        text.ShouldContain("Too early to judge");
    }

    [Fact]
    public void Ending_Soon_Gives_The_Outlook_Per_Target_And_How_To_Prepare_The_Decision()
    {
        // Act
        var email = Composer.Compose(ContentCases.Request(NotificationKind.EndingSoon, ContentCases.Realistic()));
        var text = Flat(email.Text);

        // Assert
        email.Subject.ShouldBe("PIP ending soon — Jordan Alvarez: 5 working days left, prepare the decision");
        text.ShouldContain("Jordan Alvarez's plan ends on Friday, May 8, 2026: 5 working days left, today included.");
        text.ShouldContain("On current figures, 1 of 3 must-have goals would be met.");
        text.ShouldContain("- Pipeline created: projected $");
        text.ShouldContain("Prepare the decision: 1. Book the final review with Jordan Alvarez");
    }

    [Fact]
    public void Off_Ramp_Report_For_A_Partial_Outcome_Lists_The_Three_Options()
    {
        // Arrange: calls met, pipeline missed.
        var plan = new PlanFixture("pip-fay", "Fay Osei", "005000000000017AAA")
            .Total("calls", 600)
            .Total("pipeline", 150_000)
            .Log("calls", "2026-03-02", "2026-06-30", 13)
            .Log("pipeline", "2026-03-02", "2026-06-30", 2_000);

        // Act
        var email = Composer.Compose(ContentCases.Request(NotificationKind.OffRampReport, plan));
        var text = Flat(email.Text);

        // Assert
        email.Subject.ShouldBe("PIP ended — Fay Osei: partly met, decision needed");
        text.ShouldContain("Outcome: Partly met. Must-have goals met: 1 of 2.");
        text.ShouldContain("- Calls: Met. Goal 600 by Friday, May 8, 2026; achieved 650.");
        text.ShouldContain("- Pipeline created: Missed. Goal $150,000 by Friday, May 8, 2026; achieved $100,000.");
        text.ShouldContain("Option 1: Part ways");
        text.ShouldContain("Option 2: Run a new plan on the missed goals A shorter plan on Pipeline created only");
        text.ShouldContain("Option 3: Return to normal work with the gaps as priorities Fay Osei leaves the plan with Pipeline created as stated priorities");
        text.ShouldContain("Record your decision in the plan file");
    }

    [Theory]
    [InlineData(13, "Passed", "Return to normal work, and keep watching")]
    [InlineData(5, "Not passed", "Part ways")]
    public void Off_Ramp_Report_For_A_Clear_Outcome_Gives_One_Recommendation(double perDay, string outcome, string option)
    {
        // Arrange
        var plan = ContentCases.Steady("Gil Hart", "005000000000018AAA", "pip-gil", perDay);

        // Act
        var email = Composer.Compose(ContentCases.Request(NotificationKind.OffRampReport, plan));
        var document = EmailChecks.SafeHtml(email);

        // Assert
        Flat(email.Text).ShouldContain($"Outcome: {outcome}.");
        Flat(email.Text).ShouldContain($"{option} ");
        email.Text.ShouldNotContain("Option 1");
        document.QuerySelectorAll("table.pw-panel").Length.ShouldBe(1);
    }

    [Fact]
    public void Off_Ramp_Report_Notes_A_Recorded_Decision()
    {
        // Arrange
        var plan = ContentCases.Steady("Gil Hart", "005000000000018AAA", "pip-gil", 13);
        plan.Decision = "passed";

        // Act
        var email = Composer.Compose(ContentCases.Request(NotificationKind.OffRampReport, plan));

        // Assert
        email.Subject.ShouldEndWith("passed, decision recorded");
        Flat(email.Text).ShouldContain("The decision recorded in the plan file: passed.");
    }

    [Fact]
    public void Relapse_Warning_Shows_The_Weeks_Below_The_Plans_Goal()
    {
        // Arrange: passed with 13 calls a day, then 2 a day after the end.
        var plan = new PlanFixture("pip-hal", "Hal Berg", "005000000000019AAA")
            .Total("calls", 600)
            .Log("calls", "2026-03-02", "2026-05-08", 13)
            .Log("calls", "2026-05-11", "2026-06-30", 2);
        var day = PlanFixture.Day("2026-05-26");
        var request = ContentCases.Request(NotificationKind.RelapseWarning, plan) with
        {
            Plans = [plan.Snapshot(day)],
            DataAsOf = plan.Instant(day),
            Relapse = RelapseWatch.Check(plan.Prepare(), plan.Series(), plan.Thresholds, plan.Instant(day)),
        };

        // Act
        var email = Composer.Compose(request);
        var text = Flat(email.Text);

        // Assert
        request.Relapse!.Relapsed.ShouldBeTrue();
        email.Subject.ShouldBe("PIP relapse warning — Hal Berg: Calls");
        text.ShouldContain("Hal Berg's plan ended on Friday, May 8, 2026 and was passed.");
        text.ShouldContain("Below the plan's goal 2 weeks in a row.");
        text.ShouldContain("- Week of May 11: 10 against 60 (Below the goal)");
        text.ShouldContain("- Week of May 18: 10 against 60 (Below the goal)");
    }

    [Fact]
    public void Ops_Alert_Lists_Each_Problem_And_What_To_Do()
    {
        // Act
        var email = Composer.Compose(ContentCases.Request(NotificationKind.OpsAlert, ContentCases.Realistic()));
        var text = Flat(email.Text);

        // Assert
        email.Subject.ShouldBe("PipWatch ops — 2 problems need attention");
        text.ShouldContain("* Plan pip-jordan The manager of Jordan Alvarez has no email address in Salesforce. What to do: Add the email in Salesforce");
        text.ShouldContain("(London time)");
        email.Images.ShouldBeEmpty();
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
