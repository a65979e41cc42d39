using System.Globalization;
using PipWatch.Core.Plans;

namespace PipWatch.Reporting.Sections;

/// <summary>The plan as it was started: people, dates, check-in cadence, paused days and the original targets.</summary>
public static class PlanSection
{
    public static void Write(HtmlWriter html, PipReportData data)
    {
        ReportBlocks.StartSection(html, "plan", SummarySection.Title("plan"), first: true);
        if (data.Plan is not { } plan)
        {
            ReportBlocks.Warning(html, $"No valid plan file with the id '{data.PipId}' is in the configuration now, so the plan's terms cannot be shown; what follows comes from the stored state alone.");
            foreach (var problem in data.PlanFileProblems)
            {
                html.Element("p", problem, ("class", "warning"));
            }
        }
        else
        {
            WritePlan(html, data, plan);
        }

        WritePeople(html, data);
        html.Close("section");
    }

    private static void WritePlan(HtmlWriter html, PipReportData data, Pip plan)
    {
        var cadence = plan.CheckInCadenceWorkingDays.ToString(CultureInfo.InvariantCulture);
        ReportBlocks.Facts(
            html,
            ("Plan id", plan.Id),
            ("Rep (as the file names them)", plan.Rep.Value),
            ("Manager", plan.ManagerOverride is { } manager ? $"{manager} (named in the plan file)" : "the rep's manager in Salesforce"),
            ("Watchers", plan.Watchers.Count == 0 ? "none" : string.Join(", ", plan.Watchers)),
            ("Start", ReportFormat.Day(plan.Start)),
            ("End", ReportFormat.Day(plan.End)),
            ("Check-in cadence", $"every {cadence} working days"),
            ("Paused days", plan.PausedDays.Count == 0 ? "none" : string.Join(", ", plan.PausedDays.Select(Range))),
            ("Time zone", plan.TimeZoneOverride ?? "the rep's Salesforce time zone"),
            ("Plan file", plan.SourceFile.Length == 0 ? null : plan.SourceFile));

        html.Element("h3", "Targets");
        ReportBlocks.StartTable(html, "Target", "Metric", "Kind", "Goal", "Must-have", "Judged");
        foreach (var target in plan.Targets)
        {
            ReportBlocks.Row(
                html,
                (target.Id, "code"),
                (data.MetricLabel(target.Metric), null),
                (ReportFormat.Kind(target.Kind), null),
                (ReportFormat.Goal(target, data.MetricUnit(target.Metric), data.CurrencyCode), null),
                (target.MustHave ? "yes" : "no (shown, not part of the outcome)", null),
                (Judging(target), null));
        }

        ReportBlocks.EndTable(html);
    }

    private static void WritePeople(HtmlWriter html, PipReportData data)
    {
        var people = PeopleSeen.All(data);
        html.Element("h3", "People addressed by this plan's notifications");
        if (people.Count == 0)
        {
            ReportBlocks.Note(html, "No notification about this plan is stored yet.");
            return;
        }

        ReportBlocks.StartTable(html, "Name and address", "Notes received");
        foreach (var seen in people)
        {
            ReportBlocks.Row(html, (seen.Person.ToString(), null), (string.Join(", ", seen.Kinds.Select(ReportBlocks.KindLabel)), null));
        }

        ReportBlocks.EndTable(html);
    }

    private static string Judging(Target target) => target.Kind switch
    {
        GoalKind.Weekly => "every week (short weeks prorated)",
        GoalKind.Total => "by the end date",
        _ => string.Create(
            CultureInfo.InvariantCulture,
            $"{(target.WindowWorkingDays is { } window ? $"over the last {window} working days" : "over the plan so far")}{(target.MinSample > 0 ? $", once {target.MinSample} records are in" : "")}"),
    };

    private static string Range(DateRange range) =>
        range.First == range.Last ? ReportFormat.Day(range.First) : $"{ReportFormat.Day(range.First)} to {ReportFormat.Day(range.Last)}";
}
