namespace PipWatch.Notifications.Delivery;

public enum DeliveryStatus
{
    /// <summary>The server (or the pickup folder) took the message.</summary>
    Sent,

    /// <summary>Not delivered, and worth trying again later: a 4xx reply, or the server could not be reached.</summary>
    Transient,

    /// <summary>Not delivered, and trying again will not help: a 5xx reply to this message.</summary>
    Permanent,

    /// <summary>
    /// The connection failed while the message was being handed over, so the server may or may not have it.
    /// The outbox decides: sending again risks a duplicate (with the same Message-Id), not sending risks a loss.
    /// </summary>
    Unknown,
}
