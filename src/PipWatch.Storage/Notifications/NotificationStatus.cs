namespace PipWatch.Storage.Notifications;

/// <summary>Where a notification is in its life: pending → sending → sent, failed or expired.</summary>
public enum NotificationStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>Claimed by a deliverer whose lease has not run out.</summary>
    Sending,

    /// <summary>Accepted by the SMTP server.</summary>
    Sent,

    /// <summary>Refused for good or out of attempts.</summary>
    Failed,

    /// <summary>Not sent before its expiry (a digest that would arrive late).</summary>
    Expired,
}
