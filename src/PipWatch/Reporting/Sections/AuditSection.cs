using System.Globalization;
using System.Text.Json;
using PipWatch.Storage.Audit;

namespace PipWatch.Reporting.Sections;

/// <summary>The plan file versions PipWatch saw, then the plan's whole audit log in the order it was written.</summary>
public static class AuditSection
{
    public static void Write(HtmlWriter html, PipReportData data)
    {
        ReportBlocks.StartSection(html, "audit", SummarySection.Title("audit"));
        var versions = data.Audit.Where(e => e.Kind == AuditKinds.PipFileSeen).ToList();
        html.Element("h3", "Plan file versions seen");
        if (versions.Count == 0)
        {
            ReportBlocks.Note(html, "No plan file version is recorded in the audit log for this plan.");
        }
        else
        {
            ReportBlocks.StartTable(html, "Seen at", "Version");
            foreach (var entry in versions)
            {
                ReportBlocks.Row(html, (ReportFormat.Instant(entry.At), null), (Details(entry.DetailsJson), "code"));
            }

            ReportBlocks.EndTable(html);
        }

        html.Element("h3", "Audit log");
        if (data.Audit.Count == 0)
        {
            ReportBlocks.Note(html, "The audit log holds no entry for this plan.");
        }
        else
        {
            ReportBlocks.StartTable(html, "#", "At", "Entry", "Details");
            foreach (var entry in data.Audit)
            {
                ReportBlocks.Row(
                    html,
                    (entry.Id.ToString(CultureInfo.InvariantCulture), "num"),
                    (ReportFormat.Instant(entry.At), null),
                    (ReportBlocks.KindLabel(entry.Kind), null),
                    (Details(entry.DetailsJson), "code"));
            }

            ReportBlocks.EndTable(html);
        }

        html.Close("section");
    }

    /// <summary>A JSON object as "key: value" pairs, one per line; anything else as stored.</summary>
    public static string Details(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "—";
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return json;
            }

            return string.Join(
                "; ",
                document.RootElement.EnumerateObject()
                    .Where(p => p.Value.ValueKind != JsonValueKind.Null)
                    .Select(p => $"{p.Name}: {(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}"));
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
