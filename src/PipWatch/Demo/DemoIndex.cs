using System.Globalization;
using System.Net;
using System.Text;

namespace PipWatch.Demo;

/// <summary>Writes <c>index.html</c>: every email the demo sent, by simulated day, linking the HTML and the .eml.</summary>
public static class DemoIndex
{
    public static async Task WriteAsync(string folder, IReadOnlyList<DemoMail> mails, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>PipWatch demo: every email</title>
            <style>
              body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2937; }
              h1 { font-size: 1.4rem; } h2 { font-size: 1.05rem; margin-top: 1.6rem; border-bottom: 1px solid #e5e7eb; }
              table { border-collapse: collapse; width: 100%; } td { padding: .2rem .5rem; vertical-align: top; }
              td.kind { white-space: nowrap; color: #4b5563; } td.time { white-space: nowrap; color: #6b7280; }
              .counts span { display: inline-block; margin: 0 .8rem .3rem 0; }
            </style></head><body>
            <h1>PipWatch demo: every email, day by day</h1>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<p>{mails.Count} emails from a simulated run of the built-in demo org. Times are UTC; each email shows the recipient's own time.</p>");
        html.Append("<p class=\"counts\">");
        foreach (var group in mails.GroupBy(m => m.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<span><b>{Encode(group.Key)}</b>: {group.Count()}</span>");
        }

        html.Append("</p>");
        foreach (var day in mails.GroupBy(m => DateOnly.FromDateTime(m.At.UtcDateTime)).OrderBy(g => g.Key))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{day.Key:dddd d MMMM yyyy}</h2><table>");
            foreach (var mail in day.OrderBy(m => m.At))
            {
                html.Append(CultureInfo.InvariantCulture, $"""
                    <tr><td class="time">{mail.At:HH:mm}</td><td class="kind">{Encode(mail.Kind)}</td>
                    <td><a href="{Encode(Href(mail.HtmlPath))}">{Encode(mail.Subject)}</a> — to {Encode(mail.To)} (<a href="{Encode(Href(mail.EmlPath))}">.eml</a>)</td></tr>
                    """);
            }

            html.Append("</table>");
        }

        html.Append("</body></html>\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), html.ToString(), cancellationToken);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Href(string relativePath) => string.Join('/', relativePath.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
}
