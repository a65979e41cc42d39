namespace PipWatch.Notifications.Content.Views;

/// <summary>A change to a running plan, described in full: when, what, and why.</summary>
public sealed record AmendmentNote(string Date, string Change, string Reason);
