using PipWatch.Reporting.Sections;

namespace PipWatch.Reporting;

/// <summary>
/// Writes a plan's record as one self-contained HTML document: inline styles, charts as data: URIs, no script and
/// no external reference, with a content security policy that would block one if it ever slipped in.
/// </summary>
public static class PipReportRenderer
{
    /// <summary>Images only from data: URIs, inline styles only, and nothing else at all: no script, font, fetch or form.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-src 'self'; base-uri 'none'; form-action 'none'";

    public static string Render(PipReportData data)
    {
        var standing = PlanStanding.From(data.Plan, data.Evaluations);
        var html = new HtmlWriter();
        html.Doctype()
            .Open("html", ("lang", "en"))
            .Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Void("meta", ("http-equiv", "Content-Security-Policy"), ("content", ContentSecurityPolicy))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Void("meta", ("name", "generator"), ("content", "PipWatch"))
            .Element("title", $"Plan record: {data.PipId}")
            .StyleSheet()
            .Close("head")
            .Open("body")
            .Open("main");
        SummarySection.Write(html, data, standing);
        PlanSection.Write(html, data);
        AmendmentsSection.Write(html, data);
        TimelineSection.Write(html, data);
        CheckInSection.Write(html, data);
        NotificationsSection.Write(html, data);
        AuditSection.Write(html, data);
        OutcomeSection.Write(html, data, standing);
        html.Close("main").Close("body").Close("html");
        return html.ToString();
    }

    /// <summary>The report's file name: the plan id, kept to characters every file system accepts.</summary>
    public static string FileName(string pipId, string extension) =>
        new string([.. pipId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]).TrimStart('.') + extension;
}
