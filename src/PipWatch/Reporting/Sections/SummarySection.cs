using PipWatch.Storage.Notifications;

namespace PipWatch.Reporting.Sections;

/// <summary>The report's head: what this document is, the plan in a few facts, and its contents.</summary>
public static class SummarySection
{
    public static void Write(HtmlWriter html, PipReportData data, PlanStanding standing)
    {
        html.Element("h1", $"Plan record: {data.PipId}");
        html.Element("p", $"Documentation of a Performance Improvement Plan, generated {ReportFormat.Instant(data.GeneratedAt)} by PipWatch from {PlanSource(data)} and the stored state ({data.StateSource}). All times are UTC.", ("class", "subtitle"));

        var plan = data.Plan;
        var notifications = data.Notifications;
        var sent = notifications.Count(n => n.Record.Status == NotificationStatus.Sent);
        var undelivered = notifications.Count(n => n.Record.Status is NotificationStatus.Failed or NotificationStatus.Expired);
        ReportBlocks.Facts(
            html,
            ("Rep", PeopleSeen.Rep(data)?.ToString() ?? plan?.Rep.Value),
            ("Manager", PeopleSeen.Manager(data)?.ToString() ?? plan?.ManagerOverride),
            ("Plan", plan is null ? null : $"{ReportFormat.Day(plan.Start)} to {ReportFormat.Day(PlanTerms.FinalEnd(plan))}{(plan.Amendments.Count > 0 ? $" (as amended; started with an end of {ReportFormat.Day(plan.End)})" : "")}"),
            ("Amendments", plan is null ? null : plan.Amendments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Last evaluation", standing.LastEvaluated is { } day ? $"{ReportFormat.Day(day)}: {ReportFormat.Key(standing.Status)}" : "none stored yet"),
            ("Outcome", standing.Outcome is { } outcome ? $"{outcome} (from the final evaluation)" : standing.Ended ? "not judged" : "not yet: the plan has not ended in the stored evaluations"),
            ("Decision", plan?.Decision ?? "not recorded in the plan file"),
            ("Notifications", $"{notifications.Count} created, {sent} sent{(undelivered > 0 ? $", {undelivered} not delivered" : "")}"));

        if (!data.StateAvailable)
        {
            ReportBlocks.Warning(html, $"No state database exists yet ({data.StateSource}): PipWatch has not run with this configuration, so this report can only show the plan file.");
        }

        html.Open("nav", ("aria-label", "Contents")).Element("strong", "Contents").Open("ol");
        foreach (var (id, title) in Contents)
        {
            html.Open("li").Element("a", title, ("href", "#" + id)).Close("li");
        }

        html.Close("ol").Close("nav");
    }

    public static readonly IReadOnlyList<(string Id, string Title)> Contents =
    [
        ("plan", "The plan as started"),
        ("amendments", "Amendments"),
        ("timeline", "Evaluation timeline"),
        ("check-ins", "Check-ins"),
        ("notifications", "Notifications"),
        ("audit", "Plan file versions and audit log"),
        ("outcome", "Outcome and decision"),
    ];

    public static string Title(string id) => Contents.First(c => c.Id == id).Title;

    private static string PlanSource(PipReportData data) =>
        data.Plan is { SourceFile.Length: > 0 } plan ? $"its plan file ({plan.SourceFile})" : "no plan file";
}
