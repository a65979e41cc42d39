namespace PipWatch.Notifications.Delivery;

/// <summary>How far an SMTP exchange got, which decides what a failure means for the message.</summary>
public enum SmtpStage
{
    Connect,
    Authenticate,

    /// <summary>MAIL FROM and RCPT TO: no recipient has accepted yet, so no content can have been delivered.</summary>
    Envelope,

    /// <summary>At least one recipient accepted and the content is on its way: a broken connection leaves it unknown.</summary>
    Content,
}
