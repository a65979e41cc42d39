namespace PipWatch.Storage.Polling;

/// <summary>One poll of Salesforce: its window of days, what it cost and how it ended (no outcome while running).</summary>
public sealed record PollRun(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    PollOutcome? Outcome,
    int ApiCalls,
    int? LimitUsed,
    int? LimitAllowed,
    IReadOnlyDictionary<string, string> ErrorsByMetric);
