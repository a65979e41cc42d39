namespace PipWatch.Storage.Audit;

/// <summary>A written audit log entry; ids grow in the order entries were written.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Kind, string? PipId, string? DetailsJson);
