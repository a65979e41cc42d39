namespace PipWatch.Reporting;

/// <summary>
/// The report's only style sheet, inline. Light backgrounds throughout so it prints on any printer; on paper (A4)
/// each section starts a page, rows and charts are not split, and the interactive email views give way to the
/// plain-text version that is always printed.
/// </summary>
public static class ReportStyleSheet
{
    public const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 24px 28px 64px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 0 0 12px; padding-bottom: 4px; border-bottom: 2px solid #d0d7de; }
        h3 { font-size: 16px; margin: 20px 0 8px; }
        section { margin-top: 36px; }
        .subtitle { color: #57606a; margin: 0 0 16px; }
        .note { background: #f6f8fa; border-left: 4px solid #8c959f; padding: 8px 12px; margin: 8px 0; }
        .warning { background: #fff8c5; border-left: 4px solid #bf8700; padding: 8px 12px; margin: 8px 0; }
        .callout { border: 2px solid #bf8700; background: #fffbea; }
        .badge { display: inline-block; padding: 0 6px; border: 1px solid #8c959f; border-radius: 3px; font-size: 12px; white-space: nowrap; }
        .badge.check-in { border-color: #bf8700; background: #fff8c5; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0 12px; }
        dl.facts dt { font-weight: 600; color: #424a53; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
        th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { background: #f6f8fa; font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.code { overflow-wrap: anywhere; }
        td.code, span.code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; }
        .status-met, .status-on_track { background: #dafbe1; }
        .status-at_risk { background: #fff8c5; }
        .status-off_track { background: #ffebe9; }
        .status-not_started { background: #f6f8fa; }
        figure { margin: 8px 0 16px; }
        figure img { display: block; max-width: 100%; height: auto; border: 1px solid #d0d7de; }
        figcaption { color: #57606a; font-size: 12px; margin-top: 4px; }
        nav ol { margin: 4px 0 0; padding-left: 20px; }
        article.notification { border: 1px solid #d0d7de; border-radius: 4px; padding: 8px 14px 12px; margin: 14px 0; }
        article.notification h3 { margin-top: 6px; }
        pre.body { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; border: 1px solid #d0d7de; padding: 8px 10px; font: 12px/1.4 "DejaVu Sans Mono", Consolas, monospace; margin: 6px 0; }
        details { margin: 6px 0; }
        summary { cursor: pointer; color: #0550ae; }
        iframe.email { display: block; width: 100%; height: 720px; border: 1px solid #d0d7de; background: #fff; margin-top: 6px; }
        ul.changes { margin: 4px 0 8px; }
        .muted { color: #57606a; }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          section { margin-top: 0; break-before: page; }
          section.first { break-before: auto; }
          nav, details.html-view { display: none; }
          h2, h3 { break-after: avoid; }
          tr, figure, dl.facts, .note, .warning { break-inside: avoid; }
          thead { display: table-header-group; }
          article.notification { break-inside: auto; }
          a { color: inherit; text-decoration: none; }
          th, .status-met, .status-on_track, .status-at_risk, .status-off_track, .callout, .badge.check-in, .note, .warning, pre.body
            { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
