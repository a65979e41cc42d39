namespace PipWatch.Storage.Reporting;

/// <summary>A stored notification's complete MIME message, as it was handed to the mail server.</summary>
public sealed record StoredMessage(long NotificationId, byte[] Mime);
