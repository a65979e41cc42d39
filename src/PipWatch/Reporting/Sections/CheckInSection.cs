using System.Globalization;

namespace PipWatch.Reporting.Sections;

/// <summary>
/// The check-ins PipWatch asked the manager to hold: the cadence, the 24-hour check-in reminder, and the digests
/// that said a check-in was due. Whether a meeting took place is not something PipWatch can know.
/// </summary>
public static class CheckInSection
{
    public const string ReminderKind = "check_in_reminder";

    public static void Write(HtmlWriter html, PipReportData data)
    {
        ReportBlocks.StartSection(html, "check-ins", SummarySection.Title("check-ins"));
        if (data.Plan is { } plan)
        {
            html.Element("p", string.Create(CultureInfo.InvariantCulture, $"The plan asks for a check-in within 24 hours of the start, then every {plan.CheckInCadenceWorkingDays} working days. PipWatch reminds the manager and cannot see whether the meetings were held: keep their notes with this record."));
        }

        var reminders = data.Notifications.Where(n => n.Record.Kind == ReminderKind).ToList();
        html.Element("h3", "Check-in reminders");
        if (reminders.Count == 0)
        {
            ReportBlocks.Note(html, "No check-in reminder is stored for this plan.");
        }
        else
        {
            WriteList(html, reminders);
        }

        // The digest's wording is the template's; overridden templates that never say "check-in" leave this empty.
        var prompts = data.Notifications
            .Where(n => n.Record.Kind == "manager_digest" && (n.Record.TextBody ?? "").Contains("check-in", StringComparison.OrdinalIgnoreCase))
            .ToList();
        html.Element("h3", "Digests that said a check-in was due");
        if (prompts.Count == 0)
        {
            ReportBlocks.Note(html, "No stored digest of this plan mentions a check-in.");
        }
        else
        {
            WriteList(html, prompts);
        }

        html.Close("section");
    }

    private static void WriteList(HtmlWriter html, List<ReportedNotification> notifications)
    {
        ReportBlocks.StartTable(html, "Notification", "Created", "Sent", "To", "Status");
        foreach (var notification in notifications)
        {
            var record = notification.Record;
            html.Open("tr", ("class", "callout"))
                .Open("td").Element("a", $"#{record.Id} {record.Subject}", ("href", NotificationsSection.Anchor(record.Id))).Close("td")
                .Element("td", ReportFormat.Instant(record.CreatedAt))
                .Element("td", ReportFormat.Instant(record.SentAt))
                .Element("td", string.Join(", ", notification.Recipients))
                .Element("td", NotificationsSection.StatusName(record.Status))
                .Close("tr");
        }

        ReportBlocks.EndTable(html);
    }
}
