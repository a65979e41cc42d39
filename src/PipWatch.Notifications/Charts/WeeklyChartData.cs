using PipWatch.Core.Metrics;

namespace PipWatch.Notifications.Charts;

/// <summary>A weekly target drawn as one bar per week against each week's goal.</summary>
/// <param name="Title">What is measured, e.g. "Meetings held"; it opens the alt text and is never drawn into the image.</param>
public sealed record WeeklyChartData(string Title, MetricUnit Unit, IReadOnlyList<WeekBar> Weeks);
