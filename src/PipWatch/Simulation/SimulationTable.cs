using System.Globalization;
using System.Text;

namespace PipWatch.Simulation;

/// <summary>The simulation report as text for a terminal: what would have gone out, by kind, week and recipient, then the warnings.</summary>
public static class SimulationTable
{
    public static string Format(SimulationReport report)
    {
        var text = new StringBuilder();
        var days = report.To.DayNumber - report.From.DayNumber + 1;
        Line(text, $"Simulated {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd} ({days} days) with the current configuration: {report.Total} emails would have gone out. Nothing was sent.");
        Line(text, $"Replayed {report.ReplayedFrom:yyyy-MM-dd HH:mm} to {report.ReplayedTo:yyyy-MM-dd HH:mm} UTC; the history took {report.SalesforceApiCalls} Salesforce API calls.");

        text.AppendLine();
        Line(text, $"Plans ({report.Plans.Count})");
        foreach (var plan in report.Plans)
        {
            Line(text, $"  {plan.PipId,-36} {plan.Rep,-24} manager: {plan.Manager ?? "-"}");
            foreach (var problem in plan.Problems)
            {
                Line(text, $"    ! {problem}");
            }
        }

        var kinds = SimulationReport.Kinds.Where(k => report.ByKind.GetValueOrDefault(k) > 0).ToList();
        text.AppendLine();
        Line(text, $"Emails by kind");
        foreach (var kind in kinds)
        {
            Line(text, $"  {kind,-20} {report.ByKind[kind],6}");
        }

        Line(text, $"  {"total",-20} {report.Total,6}");

        text.AppendLine();
        Line(text, $"Emails by week (weeks start on {Capitalised(report.WeeksStartOn)}; days = days of the week in the window)");
        Line(text, $"  {"week of",-10} {"days",4} {"total",6}{Columns(kinds, k => k)}");
        foreach (var week in report.ByWeek)
        {
            Line(text, $"  {week.WeekStart:yyyy-MM-dd} {week.Days,4} {week.Total,6}{Columns(kinds, k => Count(week.ByKind, k))}");
        }

        text.AppendLine();
        Line(text, $"Emails by recipient");
        var width = Math.Max(9, report.ByRecipient.Select(r => Reader(r.Name, r.Address).Length).DefaultIfEmpty(0).Max());
        Line(text, $"  {"recipient".PadRight(width)} {"total",6}{Columns(kinds, k => k)}");
        foreach (var recipient in report.ByRecipient)
        {
            Line(text, $"  {Reader(recipient.Name, recipient.Address).PadRight(width)} {recipient.Total,6}{Columns(kinds, k => Count(recipient.ByKind, k))}");
        }

        text.AppendLine();
        Line(text, $"At-risk warnings per manager and week");
        if (report.AtRiskByManager.Count == 0)
        {
            Line(text, $"  none");
        }

        foreach (var manager in report.AtRiskByManager)
        {
            var busy = manager.Weeks.Where(w => w.Count > 0).Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.WeekStart:yyyy-MM-dd}: {w.Count}"));
            Line(text, $"  {Reader(manager.Manager, manager.Address ?? "")}: {manager.Total} in {manager.Weeks.Count} weeks, at most {manager.MaxPerWeek} a week");
            Line(text, $"    {string.Join(", ", busy)}");
        }

        text.AppendLine();
        Line(text, $"At-risk warnings ({report.AtRiskWarnings.Count})");
        if (report.AtRiskWarnings.Count > 0)
        {
            Line(text, $"  {"day",-10} {"plan",-30} {"target",-16} {"change",-24} {"reason",-16} {"actual",8} {"expected",8} {"goal",8} {"pace",5}  manager");
        }

        foreach (var w in report.AtRiskWarnings)
        {
            Line(text, $"  {w.Day:yyyy-MM-dd} {w.PipId,-30} {w.Target,-16} {w.PreviousStatus + " > " + w.Status,-24} {w.Reason ?? "-",-16} {N(w.Actual),8} {N(w.Expected),8} {N(w.Goal),8} {N(w.Pace),5}  {w.Manager}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Columns(IEnumerable<string> kinds, Func<string, string> cell) =>
        string.Concat(kinds.Select(k => " " + cell(k).PadLeft(k.Length)));

    private static string Count(IReadOnlyDictionary<string, int> counts, string kind) =>
        counts.GetValueOrDefault(kind).ToString(CultureInfo.InvariantCulture);

    private static string Reader(string name, string address) =>
        string.Equals(name, address, StringComparison.OrdinalIgnoreCase) || address.Length == 0 ? name : $"{name} <{address}>";

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string N(double? value) =>
        value is { } v ? v.ToString(Math.Abs(v) < 10 ? "0.##" : "0.#", CultureInfo.InvariantCulture) : "-";

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
