namespace PipWatch.Notifications.Charts;

/// <summary>
/// A compact trend line for digests, e.g. pace or attainment per day, oldest first, with an optional
/// <paramref name="Reference"/> drawn as a faint line (1.0 for "on pace").
/// </summary>
public sealed record SparklineData(string Label, IReadOnlyList<double> Values, double? Reference);
