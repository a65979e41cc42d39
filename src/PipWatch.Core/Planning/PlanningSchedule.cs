namespace PipWatch.Core.Planning;

/// <summary>
/// The local send times the planner works to (each recipient's own zone). The worker maps the configuration's
/// schedule section onto it; the defaults are the product's.
/// </summary>
public sealed record PlanningSchedule
{
    /// <summary>When the manager digest, lifecycle notes and relapse warnings become due.</summary>
    public TimeOnly DigestTime { get; init; } = new(8, 0);

    /// <summary>A digest not created by this local time is dropped for the day: it expires rather than arriving late.</summary>
    public TimeOnly DigestLatestTime { get; init; } = new(20, 0);

    public DayOfWeek RepWeeklyDay { get; init; } = DayOfWeek.Monday;

    public TimeOnly RepWeeklyTime { get; init; } = new(8, 30);
}
