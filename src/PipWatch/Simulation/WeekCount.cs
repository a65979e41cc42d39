namespace PipWatch.Simulation;

public sealed record WeekCount(DateOnly WeekStart, int Count);
