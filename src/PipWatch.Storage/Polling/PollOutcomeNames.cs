namespace PipWatch.Storage.Polling;

internal static class PollOutcomeNames
{
    public static string ToName(this PollOutcome outcome) => outcome switch
    {
        PollOutcome.Succeeded => "succeeded",
        PollOutcome.Partial => "partial",
        PollOutcome.Failed => "failed",
        PollOutcome.StoppedAtLimit => "stopped_at_limit",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown poll outcome."),
    };

    public static PollOutcome Parse(string name) => name switch
    {
        "succeeded" => PollOutcome.Succeeded,
        "partial" => PollOutcome.Partial,
        "failed" => PollOutcome.Failed,
        "stopped_at_limit" => PollOutcome.StoppedAtLimit,
        _ => throw new InvalidOperationException($"The poll_runs table holds an unknown outcome '{name}'."),
    };
}
