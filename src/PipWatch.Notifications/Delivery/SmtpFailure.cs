namespace PipWatch.Notifications.Delivery;

/// <summary>A classified SMTP failure, with a reason safe to log (addresses reduced to domains).</summary>
public sealed record SmtpFailure(SmtpFailureKind Kind, string Reason);
