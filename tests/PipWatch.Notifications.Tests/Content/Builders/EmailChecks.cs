using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PipWatch.Notifications.Content;

namespace PipWatch.Notifications.Tests.Content.Builders;

/// <summary>What every composed email must satisfy, whatever the data.</summary>
internal static partial class EmailChecks
{
    /// <summary>Parses the HTML, failing on any parse error, and checks nothing in it can run or load from outside.</summary>
    public static IHtmlDocument SafeHtml(ComposedEmail email)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, error) => errors.Add(error.ToString() ?? "parse error");
        var document = parser.ParseDocument(email.Html);
        errors.ShouldBeEmpty($"{email.IdempotencyKey}: the HTML does not parse cleanly");

        document.QuerySelectorAll("script, iframe, object, embed, form").ShouldBeEmpty($"{email.IdempotencyKey}: active content");
        document.All.SelectMany(element => element.Attributes)
            .Where(attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .Select(attribute => attribute.Name)
            .ShouldBeEmpty($"{email.IdempotencyKey}: event-handler attributes");
        document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .ShouldAllBe(href => href.StartsWith("https://", StringComparison.Ordinal), $"{email.IdempotencyKey}: links");

        var sources = document.Images.Select(image => image.GetAttribute("src") ?? "").ToList();
        sources.ShouldAllBe(source => source.StartsWith("cid:", StringComparison.Ordinal), $"{email.IdempotencyKey}: images must be inline");
        sources.Select(source => source[4..]).Order().ShouldBe(email.Images.Select(image => image.ContentId).Order(), $"{email.IdempotencyKey}: images and parts");
        document.Images.ShouldAllBe(image => !string.IsNullOrWhiteSpace(image.AlternativeText), $"{email.IdempotencyKey}: every image needs alt text");

        var card = document.QuerySelector("table.pw-card").ShouldNotBeNull();
        card.GetAttribute("width").ShouldBe("640");
        return document;
    }

    /// <summary>The text part: no markup except what the data itself spells out, and 80 columns except for URLs.</summary>
    public static void CleanText(ComposedEmail email, IEnumerable<string> dataMayContain)
    {
        // Wrapping may split a value over lines, so compare with all whitespace runs as single spaces.
        var text = Whitespace().Replace(email.Text, " ");
        foreach (var value in dataMayContain.Select(v => Whitespace().Replace(v, " ")).OrderByDescending(v => v.Length))
        {
            text = text.Replace(value, " ", StringComparison.Ordinal);
        }

        text = HostilePieces().Replace(text, " ");
        Tag().Matches(text).Select(m => m.Value).ShouldBeEmpty($"{email.IdempotencyKey}: HTML in the text part");
        Entity().Matches(text).Select(m => m.Value).ShouldBeEmpty($"{email.IdempotencyKey}: HTML entities in the text part");

        foreach (var line in email.Text.Split('\n'))
        {
            if (Columns(line) > 80)
            {
                line.Split(' ').Where(word => Columns(word) > 0).ShouldContain(word => word.Contains("://", StringComparison.Ordinal), $"{email.IdempotencyKey}: a line over 80 columns without a URL: {line}");
            }
        }
    }

    public static string BodyText(IHtmlDocument document) => Regex.Replace(document.Body!.TextContent, @"\s+", " ");

    private static int Columns(string text) => new StringInfo(text).LengthInTextElements;

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"&(#\d+|#x[0-9a-f]+|[a-z]+);", RegexOptions.IgnoreCase)]
    private static partial Regex Entity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<script>|</script>|<b>|</b>|<img src=x|onerror=alert\(1\)>|<hostile>")]
    private static partial Regex HostilePieces();
}
