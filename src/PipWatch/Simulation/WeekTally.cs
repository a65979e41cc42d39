namespace PipWatch.Simulation;

/// <summary>The emails of one company week; <paramref name="Days"/> says how many of its days are in the window.</summary>
public sealed record WeekTally(DateOnly WeekStart, int Days, int Total, IReadOnlyDictionary<string, int> ByKind);
