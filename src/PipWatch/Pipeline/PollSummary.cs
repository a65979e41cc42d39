using PipWatch.Storage.Polling;

namespace PipWatch.Pipeline;

/// <summary>What one poll did, for the run-once summary and the readiness check.</summary>
public sealed record PollSummary(PollOutcome Outcome, int Reps, int Values, int ApiCalls, string? Error);
