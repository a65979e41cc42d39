namespace PipWatch.Simulation;

/// <summary>The emails one address would have received, in To or in copy.</summary>
public sealed record RecipientTally(string Address, string Name, int Total, IReadOnlyDictionary<string, int> ByKind);
