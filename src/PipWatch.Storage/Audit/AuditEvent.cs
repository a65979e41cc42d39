namespace PipWatch.Storage.Audit;

/// <summary>Something to write to the audit log; <paramref name="DetailsJson"/> is a JSON document or null.</summary>
public sealed record AuditEvent(DateTimeOffset At, string Kind, string? PipId, string? DetailsJson);
