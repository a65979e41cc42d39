namespace PipWatch.Reporting;

/// <summary>The building blocks every section uses: fact lists, tables, notes and section frames.</summary>
public static class ReportBlocks
{
    /// <summary>A term/value list; facts without a value are left out.</summary>
    public static void Facts(HtmlWriter html, params IEnumerable<(string Term, string? Value)> facts)
    {
        html.Open("dl", ("class", "facts"));
        foreach (var (term, value) in facts)
        {
            if (value is null)
            {
                continue;
            }

            html.Element("dt", term).Element("dd", value);
        }

        html.Close("dl");
    }

    /// <summary>Opens a table with a header row and its body; write rows with <see cref="Row"/>, then <see cref="EndTable"/>.</summary>
    public static void StartTable(HtmlWriter html, params IEnumerable<string> headers)
    {
        html.Open("table").Open("thead").Open("tr");
        foreach (var header in headers)
        {
            html.Element("th", header, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
    }

    /// <summary>A row of text cells; a cell's class (e.g. "num", "status-at_risk") is optional.</summary>
    public static void Row(HtmlWriter html, params IEnumerable<(string? Text, string? Class)> cells)
    {
        html.Open("tr");
        foreach (var (text, cssClass) in cells)
        {
            html.Element("td", text ?? "—", ("class", cssClass));
        }

        html.Close("tr");
    }

    public static void EndTable(HtmlWriter html) => html.Close("tbody").Close("table");

    public static void Note(HtmlWriter html, string text) => html.Element("p", text, ("class", "note"));

    public static void Warning(HtmlWriter html, string text) => html.Element("p", text, ("class", "warning"));

    /// <summary>Opens a section with its anchor and heading; close it with <c>html.Close("section")</c>.</summary>
    public static void StartSection(HtmlWriter html, string id, string title, bool first = false) =>
        html.Open("section", ("id", id), ("class", first ? "first" : null)).Element("h2", title);

    /// <summary>"check_in_reminder" → "Check-in reminder"; a kind without its own wording reads as its words.</summary>
    public static string KindLabel(string kind) => kind switch
    {
        "check_in_reminder" => "Check-in reminder",
        "at_risk_warning" => "At-risk warning",
        "rep_at_risk_note" => "At-risk note to the rep",
        "off_ramp_report" => "Off-ramp report",
        "rep_weekly" => "Rep weekly progress",
        "ops_alert" => "Ops alert",
        _ when kind.Length > 0 => char.ToUpperInvariant(kind[0]) + kind[1..].Replace('_', ' '),
        _ => kind,
    };
}
