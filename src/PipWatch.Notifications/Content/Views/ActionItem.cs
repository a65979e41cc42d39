namespace PipWatch.Notifications.Content.Views;

/// <summary>Something the reader should do, most urgent first.</summary>
public sealed record ActionItem(string Text, bool Urgent);
