namespace PipWatch.Notifications.Content.Views;

/// <summary>One labelled figure, e.g. "Pace" and "92% of the pace needed".</summary>
public sealed record Figure(string Name, string Value);
