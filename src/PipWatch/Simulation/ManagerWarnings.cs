namespace PipWatch.Simulation;

/// <summary>The alert-fatigue view: the at-risk warnings one manager would have received, week by week (every week of the window).</summary>
public sealed record ManagerWarnings(string Manager, string? Address, int Total, int MaxPerWeek, IReadOnlyList<WeekCount> Weeks);
