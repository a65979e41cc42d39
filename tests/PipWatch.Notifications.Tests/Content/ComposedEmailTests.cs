using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

public sealed class ComposedEmailTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    [Fact]
    public void A_Composed_Email_Becomes_A_Mime_Message_With_Its_Charts_Inline()
    {
        // Arrange
        var email = Composer.Compose(ContentCases.Request(NotificationKind.RepWeekly, ContentCases.Realistic()));

        // Act
        var message = new MimeMessageBuilder(new FakeTimeProvider(DateTimeOffset.UnixEpoch)).Build(email.ToOutgoingEmail(new EmailAddress("pipwatch@acme.example", "PipWatch")));

        // Assert
        message.Subject.ShouldBe(email.Subject);
        message.To.Mailboxes.Single().Address.ShouldBe("jordan@acme.example");
        message.TextBody.ShouldBe(email.Text);
        var images = message.BodyParts.OfType<MimePart>().Where(part => part.ContentType.MimeType == "image/png").ToList();
        images.Count.ShouldBe(email.Images.Count);
        images.Count.ShouldBe(4);
        var html = message.HtmlBody.ShouldNotBeNull();
        images.ShouldAllBe(image => html.Contains($"cid:{image.ContentId}", StringComparison.Ordinal));
    }

    [Fact]
    public void Composing_Twice_Gives_The_Same_Email_Byte_For_Byte()
    {
        // Arrange
        var request = ContentCases.Request(NotificationKind.ManagerDigest, ContentCases.Realistic());

        // Act
        var first = Composer.Compose(request);
        var second = new EmailComposer(TemplateCatalog.Defaults).Compose(request);

        // Assert
        second.Html.ShouldBe(first.Html);
        second.Text.ShouldBe(first.Text);
        second.Images.Select(i => i.ContentId).ShouldBe(first.Images.Select(i => i.ContentId));
        second.Images.Select(i => Convert.ToHexString(i.Png.Span)).ShouldBe(first.Images.Select(i => Convert.ToHexString(i.Png.Span)));
    }

    [Fact]
    public void Without_Charts_The_Email_Has_No_Images_And_Still_Reads_Whole()
    {
        // Act
        var email = Composer.Compose(ContentCases.Request(NotificationKind.EndingSoon, ContentCases.Realistic()), withCharts: false);

        // Assert
        email.Images.ShouldBeEmpty();
        EmailChecks.SafeHtml(email).Images.ShouldBeEmpty();
        email.Text.ShouldContain("Prepare the decision");
    }

    [Fact]
    public void Every_Kind_Has_A_Template_Pair_That_Validates()
    {
        // Act
        var problems = TemplateCatalog.Validate(null);

        // Assert
        problems.ShouldBeEmpty();
        EmailTemplates.Kinds.Select(t => t.Name).ShouldBe(Enum.GetValues<NotificationKind>().Select(k => k.TemplateName()));
        EmailTemplates.All.Count.ShouldBe(Enum.GetValues<NotificationKind>().Length + 1);
    }

    [Fact]
    public void An_Override_Of_A_Kind_Is_Used_By_The_Composer()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("pipwatch-content-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "templates"));
            File.WriteAllText(Path.Combine(folder.FullName, "templates", "ops_alert.txt.liquid"), "Ops: {% for issue in issues %}{{ issue.topic }}; {% endfor %}as of {{ data_as_of }}");
            var catalog = TemplateCatalog.Load(folder.FullName, new FakeTimeProvider());

            // Act
            var email = new EmailComposer(catalog).Compose(ContentCases.Request(NotificationKind.OpsAlert, ContentCases.Realistic()));

            // Assert
            email.Text.ShouldStartWith("Ops: Plan pip-jordan; Delivery; as of");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
