using System.Text;

namespace PipWatch.Notifications.Tests.Browser;

/// <summary>What headless Chromium found in a rendered email: its widths, its images, and where the screenshot is.</summary>
/// <param name="OverflowingElements">The innermost elements reaching past the viewport, described for a failure message.</param>
public sealed record BrowserVerdict(
    int ViewportWidth,
    int ScrollWidth,
    int ContentHeight,
    IReadOnlyList<string> OverflowingElements,
    IReadOnlyList<BrowserImage> Images,
    string ScreenshotPath)
{
    public bool OverflowsHorizontally => ScrollWidth > ViewportWidth;

    public IReadOnlyList<BrowserImage> BrokenImages => [.. Images.Where(image => !image.Loaded)];

    /// <summary>True when nothing is wider than the viewport and every image loaded.</summary>
    public bool IsClean => !OverflowsHorizontally && BrokenImages.Count == 0;

    public override string ToString()
    {
        var text = new StringBuilder()
            .Append("scroll width ").Append(ScrollWidth).Append(" of ").Append(ViewportWidth).Append(" px, ")
            .Append(Images.Count).Append(" image(s), ").Append(BrokenImages.Count).Append(" broken; screenshot ").Append(ScreenshotPath);
        foreach (var element in OverflowingElements)
        {
            text.Append("\n  overflows: ").Append(element);
        }

        foreach (var image in BrokenImages)
        {
            text.Append("\n  broken image: ").Append(image.Source).Append(" alt=\"").Append(image.Alt).Append('"');
        }

        return text.ToString();
    }
}
