using AngleSharp.Html.Parser;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Templates.Example;

namespace PipWatch.Notifications.Tests.Templates;

public sealed class EmailRendererTests
{
    private const string Script = "<script>alert('pwned')</script>";
    private const string Quotes = "Jo \"JJ\" O'Neil & Sons <b>bold</b>";
    private const string Emoji = "Sam 🚀👩🏽‍💻 Lee";
    private const string RightToLeft = "דנה כהן ‏عبد الله";

    private static readonly string LongName = string.Concat(Enumerable.Repeat("Maximiliana-Wolfeschlegel ", 5))[..120];

    private static readonly ExampleEmail Hostile = ExampleEmail.Sample with
    {
        RecipientName = Script,
        RepName = LongName,
        Targets =
        [
            new ExampleTarget(Quotes, 3, 10),
            new ExampleTarget(Emoji, -4, 0),
            new ExampleTarget(RightToLeft, 0, 5),
            new ExampleTarget("\"><img src=x onerror=alert(1)>", 1, 1),
        ],
    };

    private readonly EmailRenderer _renderer = new(TemplateCatalog.Defaults);

    [Fact]
    public void Html_Escapes_Hostile_Data_So_It_Shows_As_Text()
    {
        // Act
        var html = _renderer.Render(EmailTemplates.Example, Hostile, RecipientLocale.Default).Html;
        var document = new HtmlParser().ParseDocument(html);

        // Assert: nothing from the data became markup.
        document.QuerySelectorAll("script").ShouldBeEmpty();
        document.QuerySelectorAll("b").ShouldBeEmpty();
        document.QuerySelectorAll("img").Length.ShouldBe(1);
        document.All.SelectMany(element => element.Attributes).ShouldNotContain(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal));

        // Assert: and reads exactly as it was.
        document.QuerySelector("h1")!.TextContent.ShouldBe($"Hello {Script},");
        document.Title.ShouldBe($"Progress update: {LongName}");
        var labels = document.QuerySelectorAll("tr > td:first-child").Select(cell => cell.TextContent).ToList();
        labels.ShouldContain(Quotes);
        labels.ShouldContain(Emoji);
        labels.ShouldContain(RightToLeft);
        labels.ShouldContain("\"><img src=x onerror=alert(1)>");
        document.Body!.TextContent.ShouldContain(LongName);
    }

    [Fact]
    public void Text_Carries_Hostile_Data_Unchanged()
    {
        // Act
        var text = _renderer.Render(EmailTemplates.Example, Hostile, RecipientLocale.Default).Text;

        // Assert
        text.ShouldContain($"Hello {Script},");
        text.ShouldContain($"- {Quotes}: 3 of 10");
        text.ShouldContain(Emoji);
        text.ShouldContain(RightToLeft);
        text.ShouldContain(LongName);
        text.ShouldNotContain("&lt;");
        text.ShouldNotContain("&amp;");
        text.ShouldNotContain("&#");
    }

    [Fact]
    public void Html_Outputs_TrustedHtml_As_Markup()
    {
        // Act
        var html = _renderer.Render(EmailTemplates.Example, ExampleEmail.Sample, RecipientLocale.Default).Html;
        var document = new HtmlParser().ParseDocument(html);

        // Assert
        var image = document.QuerySelector("img").ShouldNotBeNull();
        image.GetAttribute("src").ShouldBe("cid:example-chart");
        image.GetAttribute("alt").ShouldBe("Calls so far against the expected pace");
    }

    [Fact]
    public void Html_Uses_The_Shared_Layout_At_640_Pixels()
    {
        // Act
        var html = _renderer.Render(EmailTemplates.Example, ExampleEmail.Sample, RecipientLocale.Default).Html;
        var document = new HtmlParser().ParseDocument(html);

        // Assert
        var card = document.QuerySelector("table.pw-card").ShouldNotBeNull();
        card.GetAttribute("width").ShouldBe("640");
        card.GetAttribute("style").ShouldNotBeNull().ShouldContain("max-width:640px");
        document.QuerySelector("meta[name=color-scheme]")!.GetAttribute("content").ShouldBe("light dark");
        document.QuerySelector("a")!.GetAttribute("href").ShouldBe("https://example.my.salesforce.com/005000000000001");
        card.TextContent.ShouldContain("Here is where Jordan Alvarez stands");
    }

    [Fact]
    public void Html_Declares_The_Recipients_Language_And_Direction()
    {
        // Act
        var hebrew = _renderer.Render(EmailTemplates.Example, ExampleEmail.Sample, RecipientLocale.FromSalesforce("iw_IL", "Asia/Jerusalem")).Html;
        var german = _renderer.Render(EmailTemplates.Example, ExampleEmail.Sample, RecipientLocale.FromSalesforce("de_DE", "Europe/Berlin")).Html;

        // Assert
        var root = new HtmlParser().ParseDocument(hebrew).DocumentElement;
        root.GetAttribute("lang").ShouldBe("he-IL");
        root.GetAttribute("dir").ShouldBe("rtl");
        new HtmlParser().ParseDocument(german).DocumentElement.GetAttribute("dir").ShouldBe("ltr");
    }

    [Fact]
    public void Progress_Bars_Clamp_Odd_Values_And_Stay_Valid_Css()
    {
        // Arrange: over 100 %, negative, and a zero goal; German decimal commas must not reach the CSS.
        var model = ExampleEmail.Sample with
        {
            Targets = [new ExampleTarget("Over", 15, 10), new ExampleTarget("Negative", -3, 10), new ExampleTarget("No goal", 4, 0), new ExampleTarget("Third", 1, 3)],
        };

        // Act
        var html = _renderer.Render(EmailTemplates.Example, model, RecipientLocale.FromSalesforce("de_DE", "Europe/Berlin")).Html;
        var widths = new HtmlParser().ParseDocument(html)
            .QuerySelectorAll("td[width$='%']")
            .Select(cell => cell.GetAttribute("width"))
            .ToList();

        // Assert
        widths.ShouldBe(["100%", "33%"]);
    }

    [Fact]
    public void Render_Names_An_Unknown_Template()
    {
        // Act
        var failure = Should.Throw<TemplateRenderException>(() => _renderer.Render("no_such_kind", ExampleEmail.Sample, RecipientLocale.Default));

        // Assert
        failure.TemplateFile.ShouldBe("no_such_kind.html.liquid");
    }
}
