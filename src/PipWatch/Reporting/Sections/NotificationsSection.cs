using System.Globalization;
using PipWatch.Storage.Notifications;

namespace PipWatch.Reporting.Sections;

/// <summary>
/// Every notification the outbox holds for the plan: an overview table, then each one with its delivery history and
/// stored content. The text version is always shown (and printed); the HTML version opens in a sandboxed frame whose
/// document is the stored email, encoded into the frame's srcdoc attribute, so nothing in it can run or reach out.
/// </summary>
public static class NotificationsSection
{
    public static string Anchor(long id) => string.Create(CultureInfo.InvariantCulture, $"#notification-{id}");

    public static string StatusName(NotificationStatus status) => status switch
    {
        NotificationStatus.Pending => "pending",
        NotificationStatus.Sending => "being sent",
        NotificationStatus.Sent => "sent",
        NotificationStatus.Failed => "failed",
        _ => "expired (not sent)",
    };

    public static void Write(HtmlWriter html, PipReportData data)
    {
        ReportBlocks.StartSection(html, "notifications", SummarySection.Title("notifications"));
        if (data.Notifications.Count == 0)
        {
            ReportBlocks.Note(html, "No notification about this plan is stored.");
        }
        else
        {
            WriteOverview(html, data);
            foreach (var notification in data.Notifications)
            {
                WriteOne(html, notification);
            }
        }

        WriteSharedDigests(html, data);
        html.Close("section");
    }

    private static void WriteOverview(HtmlWriter html, PipReportData data)
    {
        html.Element("p", "Every notification created for this plan, in the order it was created. Times are UTC.", ("class", "muted"));
        ReportBlocks.StartTable(html, "#", "Created", "Sent", "Kind", "Recipients", "Status", "Message-Id");
        foreach (var notification in data.Notifications)
        {
            var record = notification.Record;
            html.Open("tr", ("class", record.Kind == CheckInSection.ReminderKind ? "callout" : null))
                .Open("td", ("class", "num")).Element("a", record.Id.ToString(CultureInfo.InvariantCulture), ("href", Anchor(record.Id))).Close("td")
                .Element("td", ReportFormat.Instant(record.CreatedAt))
                .Element("td", ReportFormat.Instant(record.SentAt))
                .Element("td", ReportBlocks.KindLabel(record.Kind))
                .Element("td", string.Join(", ", notification.Recipients.Select(r => r.Address)))
                .Element("td", StatusName(record.Status))
                .Element("td", record.MessageId, ("class", "code"))
                .Close("tr");
        }

        ReportBlocks.EndTable(html);
    }

    private static void WriteOne(HtmlWriter html, ReportedNotification notification)
    {
        var record = notification.Record;
        var isReminder = record.Kind == CheckInSection.ReminderKind;
        html.Open("article", ("class", isReminder ? "notification callout" : "notification"), ("id", Anchor(record.Id)[1..]));
        html.Open("h3").Text($"#{record.Id} {ReportBlocks.KindLabel(record.Kind)}: {record.Subject}");
        if (isReminder)
        {
            html.Text(" ").Element("span", "Check-in reminder", ("class", "badge check-in"));
        }

        html.Close("h3");
        ReportBlocks.Facts(
            html,
            ("Created", ReportFormat.Instant(record.CreatedAt)),
            ("Sent", record.SentAt is null ? "not sent" : ReportFormat.Instant(record.SentAt)),
            ("Status", string.Create(CultureInfo.InvariantCulture, $"{StatusName(record.Status)} after {record.Attempts} attempt(s)")),
            ("Recipients", string.Join(", ", notification.Recipients)),
            ("Refused by the mail server", notification.RefusedRecipients.Count == 0 ? null : string.Join(", ", notification.RefusedRecipients)),
            ("Expires", record.ExpiresAt is null ? null : ReportFormat.Instant(record.ExpiresAt)),
            ("Mail server reply", record.SmtpResponse),
            ("Last error", record.LastError),
            ("Message-Id", record.MessageId),
            ("Idempotency key", record.IdempotencyKey));

        html.Element("h4", "Text version");
        html.Element("pre", record.TextBody ?? "(no text version stored)", ("class", "body"));
        if (notification.ViewableHtml is { } body)
        {
            html.Open("details", ("class", "html-view"))
                .Element("summary", "HTML version as sent")
                .Element(
                    "iframe",
                    null,
                    ("class", "email"),
                    ("title", $"HTML version of notification #{record.Id}"),
                    ("sandbox", ""),
                    ("referrerpolicy", "no-referrer"),
                    ("loading", "lazy"),
                    ("srcdoc", body))
                .Close("details");
        }

        html.Close("article");
    }

    private static void WriteSharedDigests(HtmlWriter html, PipReportData data)
    {
        if (data.SharedDigests.Count == 0)
        {
            return;
        }

        html.Open("div", ("id", "shared-digests")).Element("h3", "Digests shared with other plans");
        html.Element("p", "These manager digests covered this plan together with other plans of the same reader, so the outbox does not tie them to one plan; they are matched by recipient and date. Their content is left out because it holds other people's figures.", ("class", "note"));
        ReportBlocks.StartTable(html, "#", "Created", "Sent", "Recipients", "Status", "Message-Id");
        foreach (var digest in data.SharedDigests)
        {
            ReportBlocks.Row(
                html,
                (digest.Id.ToString(CultureInfo.InvariantCulture), null),
                (ReportFormat.Instant(digest.CreatedAt), null),
                (ReportFormat.Instant(digest.SentAt), null),
                (string.Join(", ", digest.Recipients), null),
                (StatusName(digest.Status), null),
                (digest.MessageId, "code"));
        }

        ReportBlocks.EndTable(html);
        html.Close("div");
    }
}
