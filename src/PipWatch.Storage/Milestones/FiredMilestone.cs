namespace PipWatch.Storage.Milestones;

/// <summary>A milestone that has fired for a PIP; <paramref name="Key"/> is unique per PIP (for example <c>calls:50pct</c>).</summary>
public sealed record FiredMilestone(string PipId, string Key, DateTimeOffset FiredAt, string? DetailsJson);
