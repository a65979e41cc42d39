using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Outcomes;

/// <summary>One target of a passed plan, week by week after the end, against the plan's goal prorated to each week.</summary>
/// <param name="MissedInARow">Completed weeks missed in a row, counting back from the latest.</param>
public sealed record RelapseTarget(
    string TargetId,
    string Metric,
    GoalKind Kind,
    Direction Direction,
    IReadOnlyList<WeekResult> Weeks,
    int MissedInARow,
    bool Relapsed);
