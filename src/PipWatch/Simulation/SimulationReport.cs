using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Salesforce.Users;

namespace PipWatch.Simulation;

/// <summary>What <c>pipwatch simulate</c> found; its JSON form (snake_case keys) is documented in the README.</summary>
/// <param name="ReplayedFrom">Where the simulated clock started: before the window when plans had started earlier.</param>
/// <param name="ByKind">Every kind, in a fixed order, zero included; so are the kinds of each week and recipient.</param>
public sealed record SimulationReport(
    DateOnly From,
    DateOnly To,
    string WeeksStartOn,
    DateTimeOffset ReplayedFrom,
    DateTimeOffset ReplayedTo,
    int SalesforceApiCalls,
    IReadOnlyList<SimulatedPlan> Plans,
    int Total,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyList<WeekTally> ByWeek,
    IReadOnlyList<RecipientTally> ByRecipient,
    IReadOnlyList<ManagerWarnings> AtRiskByManager,
    IReadOnlyList<SimulatedWarning> AtRiskWarnings)
{
    /// <summary>The outbox keys of every kind, in the order reports list them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<NotificationKind>().Select(k => k.ToKey())];

    public static SimulationReport Create(
        SimulationWindow window,
        CalendarSettings calendar,
        (DateTimeOffset Start, DateTimeOffset End) replayed,
        IReadOnlyList<Pip> pips,
        RecordedOrg org,
        IReadOnlyList<SimulatedEmail> emails)
    {
        var weeks = Weeks(window, calendar);
        var warnings = emails.Select(e => e.Warning).OfType<SimulatedWarning>().OrderBy(w => w.At).ThenBy(w => w.PipId, StringComparer.Ordinal).ThenBy(w => w.Target, StringComparer.Ordinal).ToList();
        return new SimulationReport(
            window.From,
            window.To,
            calendar.WeekStart.ToString().ToLowerInvariant(),
            replayed.Start,
            replayed.End,
            org.ApiCalls,
            PlansOf(pips, org.People),
            emails.Count,
            CountByKind(emails),
            [.. weeks.Select(w => new WeekTally(w.Start, w.Days, emails.Count(e => e.WeekStart == w.Start), CountByKind(emails.Where(e => e.WeekStart == w.Start))))],
            [.. emails
                .SelectMany(e => e.Recipients.Select(r => (Recipient: r, Email: e)))
                .GroupBy(x => x.Recipient.Address, StringComparer.OrdinalIgnoreCase)
                .Select(g => new RecipientTally(g.First().Recipient.Address, g.First().Recipient.Name, g.Count(), CountByKind(g.Select(x => x.Email))))
                .OrderByDescending(r => r.Total)
                .ThenBy(r => r.Address, StringComparer.OrdinalIgnoreCase)],
            [.. warnings
                .GroupBy(w => w.ManagerAddress ?? w.Manager, StringComparer.OrdinalIgnoreCase)
                .Select(g => ForManager(g.ToList(), weeks))
                .OrderByDescending(m => m.MaxPerWeek)
                .ThenByDescending(m => m.Total)
                .ThenBy(m => m.Manager, StringComparer.Ordinal)],
            warnings);
    }

    private static ManagerWarnings ForManager(List<SimulatedWarning> warnings, List<(DateOnly Start, int Days)> weeks)
    {
        List<WeekCount> perWeek = [.. weeks.Select(w => new WeekCount(w.Start, warnings.Count(x => x.WeekStart == w.Start)))];
        return new ManagerWarnings(warnings[0].Manager, warnings[0].ManagerAddress, warnings.Count, perWeek.Max(w => w.Count), perWeek);
    }

    private static List<SimulatedPlan> PlansOf(IReadOnlyList<Pip> pips, IReadOnlyList<PipPeople> people)
    {
        var byId = people.ToDictionary(p => p.PipId, StringComparer.Ordinal);
        return [.. pips.OrderBy(p => p.Id, StringComparer.Ordinal).Select(pip => byId.TryGetValue(pip.Id, out var found)
            ? new SimulatedPlan(pip.Id, found.Rep?.Name ?? pip.Rep.Value, found.Manager?.Name, [.. found.Problems.Select(p => p.Message)])
            : new SimulatedPlan(pip.Id, pip.Rep.Value, null, []))];
    }

    /// <summary>Every company week that has a day in the window, with how many of its days are in it.</summary>
    private static List<(DateOnly Start, int Days)> Weeks(SimulationWindow window, CalendarSettings calendar)
    {
        var weeks = new List<(DateOnly, int)>();
        for (var start = calendar.WeekStartOf(window.From); start <= window.To; start = start.AddDays(7))
        {
            var first = start < window.From ? window.From : start;
            var last = start.AddDays(6) > window.To ? window.To : start.AddDays(6);
            weeks.Add((start, last.DayNumber - first.DayNumber + 1));
        }

        return weeks;
    }

    private static OrderedDictionary<string, int> CountByKind(IEnumerable<SimulatedEmail> emails)
    {
        var counts = new OrderedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            counts[kind] = 0;
        }

        foreach (var email in emails)
        {
            counts[email.Kind] = counts.GetValueOrDefault(email.Kind) + 1;
        }

        return counts;
    }
}
