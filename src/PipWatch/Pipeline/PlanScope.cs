using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Pipeline;

/// <summary>Which plans the worker still has to read and evaluate at an instant.</summary>
public static class PlanScope
{
    /// <summary>
    /// A plan matters from the day before its start (kickoff needs it; zones run up to a day ahead of UTC) until the
    /// relapse watch after its end is over, plus a week for the off-ramp report and the last digest and weekly note.
    /// Every end date any amendment names counts, so an extension never drops a plan early.
    /// </summary>
    public static bool IsInScope(Pip pip, DateTimeOffset now, Thresholds thresholds)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var lastEnd = pip.Amendments.Select(a => a.NewEndDate ?? pip.End).Append(pip.End).Max();
        var watchedUntil = lastEnd.AddDays((thresholds.RelapseWatchWeeks * 7) + 8);
        return today >= pip.Start.AddDays(-1) && today <= watchedUntil;
    }
}
