using System.Text.RegularExpressions;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>
/// Clients that honour prefers-color-scheme repaint the card dark; every light panel and grey text the templates
/// set inline must carry the class the layout's dark palette overrides, or it would stay light-on-dark unreadable.
/// </summary>
public sealed partial class DarkModeTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    public static TheoryData<NotificationKind> Kinds() => [.. ContentCases.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Light_Panels_And_Grey_Text_Have_A_Dark_Mode_Override(NotificationKind kind)
    {
        // Arrange
        var document = EmailChecks.SafeHtml(Composer.Compose(ContentCases.Request(kind, ContentCases.Realistic())));
        var card = document.QuerySelector("table.pw-card")!;

        // Act
        var elements = card.QuerySelectorAll("[style]").ToList();
        var panels = elements.Where(e => LightBackground().IsMatch(e.GetAttribute("style")!)).ToList();
        var grey = elements.Where(e => GreyText().IsMatch(e.GetAttribute("style")!)).ToList();
        var rules = elements.Where(e => LightRule().IsMatch(e.GetAttribute("style")!)).ToList();

        // Assert
        panels.ShouldAllBe(e => e.ClassList.Contains("pw-panel") || e.ClassList.Contains("pw-track"), "light backgrounds");
        grey.ShouldAllBe(e => e.ClassList.Contains("pw-muted"), "grey text");
        rules.ShouldAllBe(e => e.ClassList.Contains("pw-rule"), "light rules");
        document.Head!.QuerySelector("style")!.TextContent.ShouldContain(".pw-panel");
    }

    [GeneratedRegex(@"background-color:\s*#(f6f7f9|d8dde3|eef0f3|ffffff)", RegexOptions.IgnoreCase)]
    private static partial Regex LightBackground();

    [GeneratedRegex(@"(^|;)\s*color:\s*#(6b7280|4b5563)", RegexOptions.IgnoreCase)]
    private static partial Regex GreyText();

    [GeneratedRegex(@"border(-bottom)?:\s*1px solid #(c9cfd6|e1e5ea)", RegexOptions.IgnoreCase)]
    private static partial Regex LightRule();
}
