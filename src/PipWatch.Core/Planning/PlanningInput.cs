using System.Collections.ObjectModel;
using PipWatch.Core.Settings;

namespace PipWatch.Core.Planning;

/// <summary>One planning run: the instant, the configuration it needs, and every plan PipWatch knows.</summary>
/// <param name="Now">The planning instant; every local day and time is derived from it.</param>
public sealed record PlanningInput(DateTimeOffset Now, IReadOnlyList<PlanInput> Plans)
{
    public PlanningSchedule Schedule { get; init; } = new();

    public CalendarSettings Calendar { get; init; } = new();

    public Thresholds Thresholds { get; init; } = new();

    public bool CcManagerOnCelebrations { get; init; } = true;

    public bool CopyRepOnAtRiskWarnings { get; init; }

    /// <summary>Where ops alerts go; without it they carry no recipient and are for the log only.</summary>
    public PersonRef? Ops { get; init; }

    /// <summary>
    /// Per user id, the local day of the last digest the person actually received, when the caller knows it. A
    /// digest describes what happened since then (amendments, milestones, status changes); without an entry, since
    /// the previous working day.
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> LastDigestDays { get; init; } = ReadOnlyDictionary<string, DateOnly>.Empty;
}
