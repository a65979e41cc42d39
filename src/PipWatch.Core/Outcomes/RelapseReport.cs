using PipWatch.Core.Plans;

namespace PipWatch.Core.Outcomes;

/// <summary>The relapse watch after a passed plan.</summary>
/// <param name="Watch">The days watched: from the day after the end date for the configured number of weeks.</param>
/// <param name="IsOver">The watch period has ended (its last day is complete in the rep's zone).</param>
public sealed record RelapseReport(string PipId, DateRange Watch, bool HasStarted, bool IsOver, IReadOnlyList<RelapseTarget> Targets)
{
    public bool Relapsed => Targets.Any(t => t.Relapsed);

    public IReadOnlyList<string> RelapsedTargetIds => [.. Targets.Where(t => t.Relapsed).Select(t => t.TargetId)];
}
