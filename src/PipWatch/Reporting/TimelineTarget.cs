using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;

namespace PipWatch.Reporting;

/// <summary>
/// A target as the timeline shows it: its definition from the plan file when there is one (a target whose file is
/// gone keeps only its id, and is drawn as a line of its stored figures).
/// </summary>
public sealed record TimelineTarget(string Id, string Label, MetricUnit Unit, Target? Definition)
{
    public GoalKind? Kind => Definition?.Kind;
}
