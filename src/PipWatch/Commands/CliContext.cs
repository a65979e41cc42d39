namespace PipWatch.Commands;

/// <summary>What every command may read from its surroundings, passed in so tests can supply their own.</summary>
public sealed record CliContext(IReadOnlyDictionary<string, string?> Environment);
