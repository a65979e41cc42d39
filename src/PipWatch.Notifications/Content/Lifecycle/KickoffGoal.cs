namespace PipWatch.Notifications.Content.Lifecycle;

/// <summary>A goal as the kickoff explains it: the goal and the daily pace it means.</summary>
/// <param name="Realism">The manager's version only: how the goal compares with peers.</param>
public sealed record KickoffGoal(string Label, string Goal, string Pace, bool MustHave, RealismNote? Realism);

/// <summary>How a goal compares with what the rep's peers achieve; peers are counted, never named.</summary>
/// <param name="Flagged">Above the peers' 75th percentile or below their 25th: worth a second look.</param>
public sealed record RealismNote(string Verdict, string Detail, bool Flagged, string Colour);
