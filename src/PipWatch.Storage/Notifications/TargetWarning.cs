namespace PipWatch.Storage.Notifications;

/// <summary>The last at-risk warning sent for a target and the status it warned about.</summary>
public sealed record TargetWarning(string PipId, string TargetId, string Status, DateTimeOffset WarnedAt);
