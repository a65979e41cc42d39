namespace PipWatch.Notifications.Charts;

/// <summary>One week of a weekly target: what was reached against that week's (prorated) goal.</summary>
/// <param name="Complete">False for the week still running, which is drawn lighter.</param>
public sealed record WeekBar(DateOnly WeekStart, double Value, double Goal, bool Complete);
