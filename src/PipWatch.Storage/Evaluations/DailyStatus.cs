namespace PipWatch.Storage.Evaluations;

/// <summary>A target's stored status on one day: what the planner needs of the history, without the figures.</summary>
public sealed record DailyStatus(string TargetId, DateOnly Day, string Status);
