namespace PipWatch.Storage.Notifications;

internal static class NotificationStatusNames
{
    public static string ToName(this NotificationStatus status) => status switch
    {
        NotificationStatus.Pending => "pending",
        NotificationStatus.Sending => "sending",
        NotificationStatus.Sent => "sent",
        NotificationStatus.Failed => "failed",
        NotificationStatus.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown notification status."),
    };

    public static NotificationStatus Parse(string name) => name switch
    {
        "pending" => NotificationStatus.Pending,
        "sending" => NotificationStatus.Sending,
        "sent" => NotificationStatus.Sent,
        "failed" => NotificationStatus.Failed,
        "expired" => NotificationStatus.Expired,
        _ => throw new InvalidOperationException($"The notifications table holds an unknown status '{name}'."),
    };
}
