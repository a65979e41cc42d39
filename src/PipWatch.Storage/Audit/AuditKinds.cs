namespace PipWatch.Storage.Audit;

/// <summary>The kinds of audit entry PipWatch writes; the column is text, so new kinds need no migration.</summary>
public static class AuditKinds
{
    public const string PipFileSeen = "pip_file_seen";
    public const string AmendmentSeen = "amendment_seen";
    public const string NotificationCreated = "notification_created";
    public const string NotificationSent = "notification_sent";
    public const string NotificationFailed = "notification_failed";
    public const string NotificationExpired = "notification_expired";
}
