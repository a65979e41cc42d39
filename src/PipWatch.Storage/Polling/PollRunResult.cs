namespace PipWatch.Storage.Polling;

/// <summary>
/// How a poll run ended. <paramref name="LimitUsed"/> and <paramref name="LimitAllowed"/> are the org's daily API
/// usage as Salesforce last reported it; <paramref name="ErrorsByMetric"/> maps a metric name to its error.
/// </summary>
public sealed record PollRunResult(
    DateTimeOffset FinishedAt,
    PollOutcome Outcome,
    int ApiCalls,
    int? LimitUsed,
    int? LimitAllowed,
    IReadOnlyDictionary<string, string> ErrorsByMetric);
