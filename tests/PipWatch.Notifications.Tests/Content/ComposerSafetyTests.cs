using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>Every kind, realistic and hostile: HTML that parses and cannot run anything, text without markup at 80 columns.</summary>
public sealed class ComposerSafetyTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    public static TheoryData<NotificationKind, string> Cases()
    {
        var data = new TheoryData<NotificationKind, string>();
        foreach (var kind in ContentCases.Kinds)
        {
            foreach (var name in new[] { "realistic", "mixed", "unbroken", "long" })
            {
                data.Add(kind, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_Kind_Is_Safe_And_Readable(NotificationKind kind, string variant)
    {
        // Arrange
        var repName = Name(variant);
        var plan = variant == "realistic" ? ContentCases.Realistic() : ContentCases.Hostile(repName);
        var request = ContentCases.Request(kind, plan);

        // Act
        var email = Composer.Compose(request);

        // Assert: the HTML is inert and the data reads as text.
        var document = EmailChecks.SafeHtml(email);
        var body = EmailChecks.BodyText(document);
        if (kind != NotificationKind.OpsAlert || variant != "realistic")
        {
            body.ShouldContain(repName);
        }

        document.Title.ShouldBe(email.Subject);

        // Assert: the text part has no markup of its own and fits 80 columns.
        EmailChecks.CleanText(email, [.. HostileText.All, HostileText.Mixed, repName, plan.PipId]);

        // Assert: both parts say when the figures are from, in the recipient's zone.
        var zone = request.To[0].TimeZoneId!;
        var city = zone[(zone.LastIndexOf('/') + 1)..].Replace('_', ' ');
        body.ShouldContain($"({city} time)");
        var text = System.Text.RegularExpressions.Regex.Replace(email.Text, @"\s+", " ");
        text.ShouldContain(" as of ", Case.Insensitive);
        text.ShouldContain($"({city} time)");
    }

    [Theory]
    [MemberData(nameof(KindsOnly))]
    public void Hostile_Labels_And_Names_Stay_Text_In_Every_Element(NotificationKind kind)
    {
        // Arrange
        var request = ContentCases.Request(kind, ContentCases.Hostile(HostileText.Mixed));

        // Act
        var document = EmailChecks.SafeHtml(Composer.Compose(request));

        // Assert: the only elements are the templates' own, never one spelled by the data.
        document.QuerySelectorAll("b").ShouldBeEmpty();
        document.Images.ShouldAllBe(image => image.GetAttribute("src")!.StartsWith("cid:", StringComparison.Ordinal));
        if (kind != NotificationKind.OpsAlert)
        {
            EmailChecks.BodyText(document).ShouldContain("<img src=x onerror=alert(1)>");
        }
    }

    [Fact]
    public void Zero_Goals_And_Negative_Values_Render_Without_Nonsense()
    {
        // Arrange: a zero goal and negative corrections logged every day.
        var request = ContentCases.Request(NotificationKind.ManagerDigest, ContentCases.Hostile(HostileText.Emoji));

        // Act
        var email = Composer.Compose(request);

        // Assert
        foreach (var nonsense in new[] { "NaN", "∞", "Infinity", "E+", "-0 " })
        {
            email.Text.ShouldNotContain(nonsense);
            email.Html.ShouldNotContain(nonsense);
        }

        EmailChecks.SafeHtml(email).QuerySelectorAll("td[width$='%']")
            .Select(cell => int.Parse(cell.GetAttribute("width")!.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture))
            .ShouldAllBe(width => width >= 0 && width <= 100);
    }

    [Fact]
    public void A_Missing_Manager_Is_Named_Generically_To_The_Rep()
    {
        // Arrange
        var plan = ContentCases.Hostile(HostileText.Markup);

        // Act
        var email = Composer.Compose(ContentCases.Request(NotificationKind.RepKickoff, plan));

        // Assert
        email.Text.ShouldContain("Your plan with your manager starts today.");
    }

    [Fact]
    public void A_Recipient_Without_A_Name_Is_Greeted_By_Address()
    {
        // Arrange
        var request = ContentCases.Request(NotificationKind.ManagerDigest, ContentCases.Realistic(), ContentCases.Manager with { Name = "  " });

        // Act
        var email = Composer.Compose(request);

        // Assert
        email.Text.ShouldStartWith("Hello dana@acme.example,");
        email.To.Single().DisplayName.ShouldBeNull();
    }

    public static TheoryData<NotificationKind> KindsOnly() => [.. ContentCases.Kinds];

    private static string Name(string variant) => variant switch
    {
        "mixed" => HostileText.Mixed,
        "unbroken" => HostileText.Unbroken,
        "long" => HostileText.Long,
        _ => "Jordan Alvarez",
    };
}
