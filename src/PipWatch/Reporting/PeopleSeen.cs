namespace PipWatch.Reporting;

/// <summary>
/// The people of a plan as its stored notifications addressed them. The report never asks Salesforce, so these
/// names are the ones the messages carried when they were created.
/// </summary>
public static class PeopleSeen
{
    private static readonly string[] RepKinds = ["rep_kickoff", "rep_weekly", "celebration", "rep_at_risk_note"];
    private static readonly string[] ManagerKinds = ["manager_kickoff", "check_in_reminder", "ending_soon", "off_ramp_report", "at_risk_warning"];

    /// <summary>The first addressee of the rep's own notes.</summary>
    public static NamedAddress? Rep(PipReportData data) => FirstAddressee(data, RepKinds);

    /// <summary>The first addressee of the manager's notes about this plan (digests also go to watchers, so they do not count).</summary>
    public static NamedAddress? Manager(PipReportData data) => FirstAddressee(data, ManagerKinds);

    /// <summary>Everyone addressed, with the kinds of note each received, in order of first appearance.</summary>
    public static IReadOnlyList<PersonSeen> All(PipReportData data) =>
        [.. data.Notifications
            .SelectMany(n => n.Recipients.Select(r => (Person: r, n.Record.Kind)))
            .GroupBy(x => x.Person.Address, StringComparer.OrdinalIgnoreCase)
            .Select(g => new PersonSeen(
                g.Select(x => x.Person).FirstOrDefault(p => p.Name.Length > 0) ?? g.First().Person,
                [.. g.Select(x => x.Kind).Distinct(StringComparer.Ordinal)]))];

    private static NamedAddress? FirstAddressee(PipReportData data, string[] kinds) =>
        data.Notifications.FirstOrDefault(n => kinds.Contains(n.Record.Kind) && n.Recipients.Count > 0)?.Recipients[0];
}
