using PipWatch.Core.Settings;
using PipWatch.Pipeline;

namespace PipWatch.Simulation;

/// <summary>Collects, run after run, the notifications the replay created whose local day is in the window.</summary>
public sealed class SimulationTally(SimulationWindow window, CalendarSettings calendar)
{
    private readonly List<SimulatedEmail> _emails = [];

    public IReadOnlyList<SimulatedEmail> Emails => _emails;

    public void Add(PlanSummary planned, DateTimeOffset at)
    {
        foreach (var created in planned.Notifications)
        {
            // Notes before the window are the warm-up's; those after it belong to the next window.
            if (window.Contains(created.Planned.LocalDay))
            {
                _emails.Add(SimulatedEmail.From(created, at, calendar));
            }
        }
    }
}
