using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Tests.Mime;

public sealed class MimeMessageBuilderTests
{
    // The PNG signature and an IHDR chunk: enough for MIME, which never decodes the picture.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x2E, 0x0A, 0x0D];

    private static readonly DateTimeOffset Now = new(2025, 3, 4, 7, 0, 0, TimeSpan.Zero);

    private static readonly OutgoingEmail Email = new(
        "digest:005000000000001:2025-03-04",
        new EmailAddress("pipwatch@acme.example", "PipWatch"),
        [new EmailAddress("dana@acme.example", "Dana Whitfield"), new EmailAddress("hr@acme.example")],
        "PIP digest — 3 reps: 1 at risk, 2 on track 🚦",
        new RenderedEmail(
            """<p>Calls</p><img src="cid:chart-calls@pipwatch" alt="Calls against the expected pace">""",
            "Calls: 118 of 150\n.\nA line with only a dot must survive."))
    {
        Cc = [new EmailAddress("coach@acme.example", "עדי כהן")],
        Images = [new InlineImage("chart-calls@pipwatch", Png, "calls.png")],
    };

    private readonly MimeMessageBuilder _builder = new(new FakeTimeProvider(Now));

    [Fact]
    public void Build_Derives_The_Message_Id_From_The_Idempotency_Key()
    {
        // Act
        using var first = _builder.Build(Email);
        using var later = new MimeMessageBuilder(new FakeTimeProvider(Now.AddHours(3))).Build(Email);
        using var other = _builder.Build(Email with { IdempotencyKey = "digest:005000000000001:2025-03-05" });

        // Assert
        first.MessageId.ShouldBe(MessageIds.FromIdempotencyKey(Email.IdempotencyKey, "pipwatch@acme.example"));
        later.MessageId.ShouldBe(first.MessageId);
        other.MessageId.ShouldNotBe(first.MessageId);
        first.MessageId.ShouldEndWith("@acme.example");
    }

    [Fact]
    public void Build_Sets_Addresses_Subject_And_Date_From_The_Clock()
    {
        // Act
        using var message = _builder.Build(Email);

        // Assert
        message.Date.ShouldBe(Now);
        message.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("pipwatch@acme.example");
        message.To.Mailboxes.Select(mailbox => mailbox.Address).ShouldBe(["dana@acme.example", "hr@acme.example"]);
        message.Cc.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("עדי כהן");
        message.Subject.ShouldBe(Email.Subject);
        message.Headers["Auto-Submitted"].ShouldBe("auto-generated");
    }

    [Fact]
    public void Build_Nests_Html_And_Inline_Images_In_Related_Next_To_Text()
    {
        // Act
        using var message = _builder.Build(Email);

        // Assert
        var alternative = message.Body.ShouldBeOfType<MultipartAlternative>();
        alternative.ContentType.MimeType.ShouldBe("multipart/alternative");
        alternative.Count.ShouldBe(2);
        alternative[0].ContentType.MimeType.ShouldBe("text/plain");
        var related = alternative[1].ShouldBeOfType<MultipartRelated>();
        related[0].ContentType.MimeType.ShouldBe("text/html");
        var image = related[1].ShouldBeOfType<MimePart>();
        image.ContentType.MimeType.ShouldBe("image/png");
        image.ContentId.ShouldBe("chart-calls@pipwatch");
        image.ContentDisposition.ShouldNotBeNull().Disposition.ShouldBe(ContentDisposition.Inline);
        image.FileName.ShouldBe("calls.png");
    }

    [Fact]
    public void Inline_Image_Is_Referenced_By_The_Html_With_Its_Alt_Text()
    {
        // Act
        using var message = _builder.Build(Email);
        var image = message.BodyParts.OfType<MimePart>().Single(part => part.ContentType.MimeType == "image/png");
        var document = new HtmlParser().ParseDocument(message.HtmlBody.ShouldNotBeNull());

        // Assert
        var img = document.QuerySelector("img").ShouldNotBeNull();
        img.GetAttribute("src").ShouldBe($"cid:{image.ContentId}");
        img.GetAttribute("alt").ShouldBe("Calls against the expected pace");
    }

    [Fact]
    public void Build_Without_Images_Gives_Text_And_Html_Alternatives()
    {
        // Act
        using var message = _builder.Build(Email with { Images = [], Content = new RenderedEmail("<p>Hi</p>", "Hi") });

        // Assert
        var alternative = message.Body.ShouldBeOfType<MultipartAlternative>();
        alternative.Select(part => part.ContentType.MimeType).ShouldBe(["text/plain", "text/html"]);
        message.TextBody.ShouldBe("Hi");
        message.HtmlBody.ShouldBe("<p>Hi</p>");
    }

    [Fact]
    public void Bytes_Round_Trip_To_The_Same_Message()
    {
        // Arrange
        using var message = _builder.Build(Email);

        // Act
        var bytes = MimeBytes.Serialize(message);
        using var parsed = MimeBytes.Parse(bytes);

        // Assert
        parsed.MessageId.ShouldBe(message.MessageId);
        parsed.Subject.ShouldBe(Email.Subject);
        parsed.Date.ShouldBe(Now);
        parsed.Cc.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("עדי כהן");
        parsed.TextBody.ShouldBe(Email.Content.Text);
        parsed.HtmlBody.ShouldBe(Email.Content.Html);
        var image = parsed.BodyParts.OfType<MimePart>().Single(part => part.ContentId == "chart-calls@pipwatch");
        using var decoded = new MemoryStream();
        image.Content.ShouldNotBeNull().DecodeTo(decoded, TestContext.Current.CancellationToken);
        decoded.ToArray().ShouldBe(Png);
    }

    [Fact]
    public void Bytes_Use_Crlf_And_Are_The_Same_Every_Time()
    {
        // Act
        using var first = _builder.Build(Email);
        using var second = _builder.Build(Email);
        var bytes = MimeBytes.Serialize(first);
        var text = Encoding.ASCII.GetString(bytes);

        // Assert
        bytes.ShouldBe(MimeBytes.Serialize(second));
        text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\n');
        text.ShouldContain($"Message-Id: <{first.MessageId}>");
    }

    [Fact]
    public void Subject_Becomes_One_Line()
    {
        // Act
        using var message = _builder.Build(Email with { Subject = "Digest\r\nBcc: victim@example.com" });

        // Assert
        message.Subject.ShouldBe("Digest Bcc: victim@example.com");
        message.Bcc.ShouldBeEmpty();
    }

    [Fact]
    public void An_Image_The_Html_Never_Shows_Is_Refused()
    {
        // Act
        var failure = Should.Throw<ArgumentException>(() => _builder.Build(Email with { Images = [new InlineImage("orphan", Png, "orphan.png")] }));

        // Assert
        failure.Message.ShouldContain("orphan");
    }

    [Fact]
    public void A_Bad_Address_Is_Refused_With_Its_Role()
    {
        // Act
        var failure = Should.Throw<ArgumentException>(() => _builder.Build(Email with { To = [new EmailAddress("not an address")] }));

        // Assert
        failure.Message.ShouldContain("recipient address 'not an address'");
    }

    [Fact]
    public void An_Email_Without_Recipients_Is_Refused()
    {
        // Act and assert
        Should.Throw<ArgumentException>(() => _builder.Build(Email with { To = [] })).Message.ShouldContain(Email.IdempotencyKey);
    }
}
