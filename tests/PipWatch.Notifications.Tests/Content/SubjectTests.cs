using System.Text.RegularExpressions;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

public sealed partial class SubjectTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    [Fact]
    public void Digest_Subject_Counts_Reps_By_Status()
    {
        // Arrange: two reps on track and one at risk.
        var day = PlanFixture.Day("2026-04-07");
        var plans = new[]
        {
            ContentCases.Steady("Ana Ruiz", "005000000000011AAA", "pip-ana", 13).Snapshot(day),
            ContentCases.Steady("Ben Cho", "005000000000012AAA", "pip-ben", 10).Snapshot(day),
            ContentCases.Steady("Cleo Park", "005000000000013AAA", "pip-cleo", 14).Snapshot(day),
        };
        var request = Digest(plans);

        // Act
        var email = Composer.Compose(request);

        // Assert
        email.Subject.ShouldBe("PIP digest — 3 reps: 1 at risk, 2 on track");
    }

    [Fact]
    public void Digest_Subject_Leads_With_The_Most_Urgent_Status()
    {
        // Arrange
        var day = PlanFixture.Day("2026-04-07");
        var plans = new[]
        {
            ContentCases.Steady("Ana Ruiz", "005000000000011AAA", "pip-ana", 13).Snapshot(day),
            ContentCases.Steady("Ben Cho", "005000000000012AAA", "pip-ben", 10).Snapshot(day),
            ContentCases.Steady("Dev Shah", "005000000000014AAA", "pip-dev", 4).Snapshot(day),
            ContentCases.Steady("Eli Moss", "005000000000015AAA", "pip-eli", 3).Snapshot(day),
        };

        // Act
        var email = Composer.Compose(Digest(plans));

        // Assert
        email.Subject.ShouldBe("PIP digest — 4 reps: 2 off track, 1 at risk, 1 on track");
    }

    [Fact]
    public void Digest_Subject_Names_A_Single_Rep_Shortened_While_The_Body_Keeps_The_Whole_Name()
    {
        // Arrange
        var plan = ContentCases.Steady(HostileText.Long, "005000000000011AAA", "pip-long", 13).Snapshot("2026-04-07");

        // Act
        var email = Composer.Compose(Digest([plan]));

        // Assert
        email.Subject.ShouldBe($"PIP digest — {SubjectLine.ShortenName(HostileText.Long)}: on track");
        email.Subject.ShouldNotContain(HostileText.Long);
        email.Text.ShouldContain(HostileText.Long[..60]);
        EmailChecks.BodyText(EmailChecks.SafeHtml(email)).ShouldContain(HostileText.Long.TrimEnd());
    }

    [Theory]
    [InlineData(NotificationKind.RepWeekly)]
    [InlineData(NotificationKind.Celebration)]
    [InlineData(NotificationKind.RepKickoff)]
    [InlineData(NotificationKind.RepAtRiskNote)]
    public void Rep_Subjects_Say_PIP_Only_When_Configured(NotificationKind kind)
    {
        // Arrange
        var request = ContentCases.Request(kind, ContentCases.Realistic());
        var configured = request with { Settings = request.Settings with { RepSubjectsMentionPip = true } };

        // Act
        var plain = Composer.Compose(request).Subject;
        var withPip = Composer.Compose(configured).Subject;

        // Assert
        Pip().IsMatch(plain).ShouldBeFalse(plain);
        Pip().IsMatch(withPip).ShouldBeTrue(withPip);
    }

    [Theory]
    [InlineData(NotificationKind.ManagerDigest)]
    [InlineData(NotificationKind.AtRiskWarning)]
    [InlineData(NotificationKind.ManagerKickoff)]
    [InlineData(NotificationKind.CheckInReminder)]
    [InlineData(NotificationKind.EndingSoon)]
    [InlineData(NotificationKind.OffRampReport)]
    [InlineData(NotificationKind.RelapseWarning)]
    public void Manager_Subjects_Name_The_Plan_And_The_Rep(NotificationKind kind)
    {
        // Act
        var subject = Composer.Compose(ContentCases.Request(kind, ContentCases.Realistic())).Subject;

        // Assert
        subject.ShouldStartWith("PIP ");
        subject.ShouldContain("Jordan Alvarez");
    }

    [Fact]
    public void Subjects_Are_One_Line_Even_When_A_Name_Has_Line_Breaks()
    {
        // Arrange
        var plan = ContentCases.Steady("Ana\r\nRuiz\tBcc: someone@example.com", "005000000000011AAA", "pip-ana", 13).Snapshot("2026-04-07");

        // Act
        var subject = Composer.Compose(Digest([plan])).Subject;

        // Assert
        subject.ShouldNotContain('\n');
        subject.ShouldNotContain('\r');
        subject.ShouldBe("PIP digest — Ana Ruiz Bcc: someone@example.com: on track");
    }

    private static NotificationRequest Digest(PlanSnapshot[] plans) => new()
    {
        Kind = NotificationKind.ManagerDigest,
        IdempotencyKey = "manager_digest:dana:2026-04-07",
        To = [ContentCases.Manager],
        DataAsOf = plans[0].Evaluation.AsOf,
        Plans = plans,
    };

    [GeneratedRegex(@"\bPIP\b")]
    private static partial Regex Pip();
}
