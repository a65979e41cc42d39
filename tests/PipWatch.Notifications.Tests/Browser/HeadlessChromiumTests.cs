using System.Globalization;
using PipWatch.Notifications.Charts;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Templates.Example;
using PipWatch.Notifications.Tests.Charts;
using SkiaSharp;

namespace PipWatch.Notifications.Tests.Browser;

public sealed class HeadlessChromiumTests
{
    private static readonly string LongName = string.Concat(Enumerable.Repeat("Maximiliana", 11))[..120];

    private readonly HeadlessChromium _chromium = new();
    private readonly EmailRenderer _emails = new(TemplateCatalog.Defaults);

    [Fact]
    public async Task Example_Email_With_A_Chart_Fits_640_Pixels_And_Its_Image_Loads()
    {
        // Arrange
        var (email, images) = ExampleWithChart(ExampleEmail.Sample);

        // Act
        var verdict = await RenderAsync("example-with-chart", email, images);

        // Assert
        verdict.IsClean.ShouldBeTrue(verdict.ToString());
        verdict.Images.ShouldHaveSingleItem().NaturalWidth.ShouldBe(600);
        using var screenshot = SKBitmap.Decode(verdict.ScreenshotPath).ShouldNotBeNull();
        screenshot.Width.ShouldBe(HeadlessChromium.ViewportWidth);
        screenshot.Height.ShouldBeGreaterThanOrEqualTo(verdict.ContentHeight);
    }

    [Fact]
    public async Task Example_Email_With_Hostile_Data_Does_Not_Overflow()
    {
        // Arrange: unbroken 120-character names where the layout has the least room.
        var hostile = ExampleEmail.Sample with
        {
            RecipientName = "<script>document.body.innerHTML=''</script>" + LongName,
            RepName = LongName,
            Targets =
            [
                new ExampleTarget(LongName, 123456789012m, 987654321098m),
                new ExampleTarget("Sam 🚀👩🏽‍💻 Lee & \"Co\"", -4, 0),
                new ExampleTarget("דנה כהן ‏عبد الله", 0, 5),
            ],
        };
        var (email, images) = ExampleWithChart(hostile);

        // Act
        var verdict = await RenderAsync("example-hostile", email, images);

        // Assert
        verdict.IsClean.ShouldBeTrue(verdict.ToString());
        verdict.Images.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RenderAsync_Reports_What_Overflows()
    {
        // Arrange
        const string Html = """<!DOCTYPE html><html><body style="margin:0"><p>Fits</p><table width="900" style="width:900px"><tr><td class="wide">Too wide</td></tr></table></body></html>""";

        // Act
        var verdict = await _chromium.RenderAsync(Html, new Dictionary<string, byte[]>(), HeadlessChromium.ScreenshotPathFor("check-overflow"), TestContext.Current.CancellationToken);

        // Assert
        verdict.OverflowsHorizontally.ShouldBeTrue();
        verdict.ScrollWidth.ShouldBe(900);
        verdict.OverflowingElements.ShouldHaveSingleItem().ShouldContain("td.wide");
        verdict.IsClean.ShouldBeFalse();
    }

    [Fact]
    public async Task RenderAsync_Reports_Images_That_Do_Not_Load()
    {
        // Arrange: one attached, one referenced but never attached, one remote.
        var png = new ChartRenderer().Sparkline(ChartSamples.Pace(), "spark").Png;
        const string Html = """
            <html><body>
            <img src="cid:spark" alt="attached"><img src="cid:forgotten" alt="not attached"><img src="https://images.example.com/logo.png" alt="remote">
            <p>Mention of cid:spark in text stays text.</p>
            </body></html>
            """;

        // Act
        var verdict = await _chromium.RenderAsync(Html, new Dictionary<string, byte[]> { ["spark"] = png }, HeadlessChromium.ScreenshotPathFor("check-images"), TestContext.Current.CancellationToken);

        // Assert
        verdict.Images.Count.ShouldBe(3);
        verdict.Images[0].Loaded.ShouldBeTrue();
        verdict.Images[0].NaturalWidth.ShouldBe(320);
        verdict.BrokenImages.Select(image => image.Source).ShouldBe(["cid:forgotten", "https://images.example.com/logo.png"]);
        verdict.IsClean.ShouldBeFalse();
    }

    [Fact]
    public void Inline_Images_Replace_Only_Src_References()
    {
        // Act
        var html = HeadlessChromium.WithInlineImages(
            """<img src="cid:a"><img SRC='cid:b'><img src="cid:c"><p>cid:a</p>""",
            new Dictionary<string, byte[]> { ["a"] = [1, 2, 3], ["b"] = [4] });

        // Assert
        html.ShouldBe("""<img src="data:image/png;base64,AQID"><img SRC='data:image/png;base64,BA=='><img src="cid:c"><p>cid:a</p>""");
    }

    [Fact]
    public async Task RenderAsync_Stops_Chromium_At_The_Timeout()
    {
        // Arrange
        var impatient = new HeadlessChromium(TimeSpan.FromMilliseconds(1));

        // Act
        var failure = await Should.ThrowAsync<TimeoutException>(() => impatient.RenderAsync(
            "<p>slow</p>", new Dictionary<string, byte[]>(), HeadlessChromium.ScreenshotPathFor("check-timeout"), TestContext.Current.CancellationToken));

        // Assert
        failure.Message.ShouldContain("was stopped");
    }

    private (string Html, Dictionary<string, byte[]> Images) ExampleWithChart(ExampleEmail model)
    {
        var chart = new ChartRenderer(CultureInfo.GetCultureInfo("en-US")).Cumulative(ChartSamples.Calls(), "example-chart");
        var html = _emails.Render(EmailTemplates.Example, model with { Chart = chart.ToImgTag() }, RecipientLocale.Default).Html;
        return (html, new Dictionary<string, byte[]> { [chart.ContentId] = chart.Png });
    }

    private async Task<BrowserVerdict> RenderAsync(string name, string html, Dictionary<string, byte[]> images)
    {
        var verdict = await _chromium.RenderAsync(html, images, HeadlessChromium.ScreenshotPathFor(name), TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {verdict}");
        return verdict;
    }
}
