using System.Globalization;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Pipeline;

namespace PipWatch.Simulation;

/// <summary>
/// The days a simulation counts (a notification counts when its local day is one of them) and the simulated time it
/// replays to count them.
/// </summary>
public sealed record SimulationWindow
{
    /// <summary>The widest window: a year, leap day included.</summary>
    public const int MaxDays = 366;

    private SimulationWindow(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <exception cref="SimulationInputException">The window is reversed, too wide, or reaches past today.</exception>
    public static SimulationWindow Create(DateOnly from, DateOnly to, DateOnly today)
    {
        if (from > to)
        {
            throw new SimulationInputException(Invariant($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}; give the first day, then the last."));
        }

        var window = new SimulationWindow(from, to);
        if (window.Days > MaxDays)
        {
            throw new SimulationInputException(Invariant($"--from {from:yyyy-MM-dd} --to {to:yyyy-MM-dd} spans {window.Days} days; simulate at most {MaxDays} days at a time."));
        }

        if (to > today)
        {
            throw new SimulationInputException(Invariant($"--to {to:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}); a simulation replays history that has happened."));
        }

        return window;
    }

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>
    /// The plans the worker would have had in scope while any zone's day was in the window: local days run from
    /// UTC−12 to UTC+14, so the UTC days from the one before <see cref="From"/> to the one after the last replayed instant.
    /// </summary>
    public IReadOnlyList<Pip> PlansInScope(IEnumerable<Pip> pips, Thresholds thresholds)
    {
        var first = From.AddDays(-1);
        var last = To.AddDays(2);
        return [.. pips.Where(pip => Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
            .Any(offset => PlanScope.IsInScope(pip, Midnight(first.AddDays(offset)), thresholds)))];
    }

    /// <summary>
    /// From midnight UTC the day before the earliest start of these plans (so kickoffs, milestones, warnings and
    /// hysteresis stand as the worker would have left them when the window opens) until every zone's last day of the
    /// window is over, or until now when that is earlier.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End) ReplayRange(IReadOnlyList<Pip> plans, DateTimeOffset now)
    {
        var firstDay = plans.Select(p => p.Start).Append(From).Min().AddDays(-1);
        var end = Midnight(To.AddDays(2));
        return (Midnight(firstDay), end < now ? end : now);
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
