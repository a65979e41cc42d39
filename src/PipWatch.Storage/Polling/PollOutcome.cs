namespace PipWatch.Storage.Polling;

/// <summary>How a poll run ended.</summary>
public enum PollOutcome
{
    /// <summary>Every metric was read.</summary>
    Succeeded,

    /// <summary>Some metrics were read and some failed.</summary>
    Partial,

    /// <summary>No metric was read.</summary>
    Failed,

    /// <summary>The run stopped early to stay within the org's API budget.</summary>
    StoppedAtLimit,
}
