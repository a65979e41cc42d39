using PipWatch.Core.Metrics;

namespace PipWatch.Notifications.Charts;

/// <summary>
/// A total target drawn over the plan: the cumulative <paramref name="Actual"/> through the last completed day, the
/// <paramref name="Expected"/> line from start to end (reaching the goal), and the <paramref name="Projection"/>,
/// drawn dashed from the last actual point to the end date.
/// </summary>
/// <param name="Title">What is measured, e.g. "Calls"; it opens the alt text and is never drawn into the image.</param>
public sealed record CumulativeChartData(
    string Title,
    MetricUnit Unit,
    double Goal,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<ChartPoint> Actual,
    IReadOnlyList<ChartPoint> Expected,
    IReadOnlyList<ChartPoint> Projection);
