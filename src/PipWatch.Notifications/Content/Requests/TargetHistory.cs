using PipWatch.Notifications.Charts;

namespace PipWatch.Notifications.Content.Requests;

/// <summary>
/// One target's cumulative actual per local day from its start through today, computed by the worker from stored
/// values; the charts draw it. Rate targets give their running value per day instead.
/// </summary>
public sealed record TargetHistory(string TargetId, IReadOnlyList<ChartPoint> Cumulative);
