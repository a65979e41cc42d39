namespace PipWatch.Reporting.Sections;

/// <summary>The manager's decision as the plan file records it, beside how the targets ended in PipWatch's evaluation.</summary>
public static class OutcomeSection
{
    public static void Write(HtmlWriter html, PipReportData data, PlanStanding standing)
    {
        ReportBlocks.StartSection(html, "outcome", SummarySection.Title("outcome"));
        ReportBlocks.Facts(
            html,
            ("Decision recorded", data.Plan?.Decision ?? "none yet (the plan file's decision key is not set)"),
            ("Plan end", standing.FinalEnd is { } end ? ReportFormat.Day(end) : null),
            ("Outcome of the targets", Judgement(standing)));

        if (data.Plan?.Decision is { } decision && standing.Outcome is { } outcome && decision != outcome)
        {
            ReportBlocks.Note(html, $"The decision recorded ({decision}) differs from how the targets ended ({outcome}). The decision is the manager's; the evaluation is one input to it.");
        }

        if (standing.FinalTargets.Count > 0)
        {
            html.Element("h3", standing.Ended ? "Targets at the end" : $"Targets at the last evaluation ({ReportFormat.Day(standing.LastEvaluated!.Value)})");
            ReportBlocks.StartTable(html, "Target", "Must-have", "Status", "Why", "Actual", "Goal");
            foreach (var (row, mustHave) in standing.FinalTargets)
            {
                ReportBlocks.Row(
                    html,
                    (row.TargetId, "code"),
                    (mustHave ? "yes" : "no", null),
                    (ReportFormat.Key(row.Status), "status-" + row.Status),
                    (ReportFormat.Key(row.Reason), null),
                    (ReportFormat.Number(row.Actual), "num"),
                    (ReportFormat.Number(row.Goal), "num"));
            }

            ReportBlocks.EndTable(html);
        }

        var offRamp = data.Notifications.Where(n => n.Record.Kind == "off_ramp_report").ToList();
        if (offRamp.Count > 0)
        {
            html.Open("p").Text("The off-ramp report sent to the manager: ");
            foreach (var report in offRamp)
            {
                html.Element("a", $"notification #{report.Record.Id}", ("href", NotificationsSection.Anchor(report.Record.Id))).Text(" ");
            }

            html.Close("p");
        }

        html.Close("section");
    }

    private static string Judgement(PlanStanding standing) => standing switch
    {
        { LastEvaluated: null } => "not known: no evaluation is stored",
        { Outcome: { } outcome } => $"{outcome}, judged on the evaluation of {ReportFormat.Day(standing.LastEvaluated.Value)} (after the end), from the must-have targets",
        { FinalEnd: null } => $"not known without the plan file; last status {ReportFormat.Key(standing.Status)}",
        _ => $"not yet: the last evaluation ({ReportFormat.Day(standing.LastEvaluated.Value)}) is before the plan ended; status then {ReportFormat.Key(standing.Status)}",
    };
}
