namespace PipWatch.Core.Plans;

/// <summary>A goal on one metric within a plan.</summary>
/// <param name="Id">Stable key within the plan (defaults to the metric name); milestone and warning keys use it.</param>
/// <param name="MinSample">Rate targets: the sample (record count of the denominator) needed before the target is judged.</param>
/// <param name="WindowWorkingDays">Rate targets: a trailing window of working days instead of the whole plan so far.</param>
public sealed record Target(
    string Id,
    string Metric,
    GoalKind Kind,
    double Goal,
    Direction Direction = Direction.AtLeast,
    bool MustHave = true,
    int MinSample = 0,
    int? WindowWorkingDays = null);
