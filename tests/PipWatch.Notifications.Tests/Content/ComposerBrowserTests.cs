using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Browser;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>
/// Every kind in headless Chromium at 640 px: nothing overflows sideways and every inline image loads. The
/// screenshots stay in <see cref="HeadlessChromium.ScreenshotFolder"/> for people to look at.
/// </summary>
public sealed class ComposerBrowserTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);
    private static readonly HeadlessChromium Chromium = new();

    public static TheoryData<NotificationKind, string> Cases()
    {
        var data = new TheoryData<NotificationKind, string>();
        foreach (var kind in ContentCases.Kinds)
        {
            data.Add(kind, "realistic");
            data.Add(kind, "hostile");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_Kind_Fits_640_Pixels_With_Every_Image_Loaded(NotificationKind kind, string variant)
    {
        // Arrange: the hostile variant has a 120-character name without a space, the longest thing to fit.
        var plan = variant == "realistic" ? ContentCases.Realistic() : ContentCases.Hostile(HostileText.Unbroken + " " + HostileText.Mixed);
        var email = Composer.Compose(ContentCases.Request(kind, plan));
        var images = email.Images.ToDictionary(image => image.ContentId, image => image.Png.ToArray());

        // Act
        var verdict = await Chromium.RenderAsync(
            email.Html,
            images,
            HeadlessChromium.ScreenshotPathFor($"content-{kind.ToKey()}-{variant}"),
            TestContext.Current.CancellationToken);

        // Assert
        verdict.OverflowsHorizontally.ShouldBeFalse(verdict.ToString());
        verdict.BrokenImages.ShouldBeEmpty(verdict.ToString());
        verdict.Images.Count.ShouldBe(email.Images.Count, verdict.ToString());
        File.Exists(verdict.ScreenshotPath).ShouldBeTrue();
    }
}
