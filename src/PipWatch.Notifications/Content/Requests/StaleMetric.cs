namespace PipWatch.Notifications.Content.Requests;

/// <summary>A metric whose last successful poll is older than the stale age.</summary>
/// <param name="DataAsOf">When its data was last refreshed; null when it never was.</param>
public sealed record StaleMetric(string Label, DateTimeOffset? DataAsOf);
