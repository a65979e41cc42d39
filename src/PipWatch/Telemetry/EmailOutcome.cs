namespace PipWatch.Telemetry;

/// <summary>What one delivery attempt (or the expiry sweep) did with an email, as the emails counter labels it.</summary>
public enum EmailOutcome
{
    Sent,

    /// <summary>A transient failure: the email goes back to the outbox for a later attempt.</summary>
    Retried,

    /// <summary>Refused for good, unreadable, or out of attempts.</summary>
    Failed,

    /// <summary>A digest that could not go out on its day.</summary>
    Expired,
}
