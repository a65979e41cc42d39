namespace PipWatch.Notifications.Delivery;

/// <summary>A recipient the server refused while it accepted the message for the others.</summary>
public sealed record RefusedRecipient(string Address, int StatusCode, string Reply);
