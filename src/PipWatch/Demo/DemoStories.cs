namespace PipWatch.Demo;

/// <summary>The story behind each plan of the demo configuration, by plan id.</summary>
public static class DemoStories
{
    public const string SteadyImprovementPip = "2026-08-tyler-brooks-meetings";
    public const string EarlySuccessPip = "2026-09-ravi-patel-revenue";
    public const string DeclinePip = "2026-08-hannah-schmidt-pipeline";
    public const string ComebackPip = "2026-09-oliver-hughes-meetings";
    public const string PartialPip = "2026-09-fatima-el-amin-revenue";
    public const string FailurePip = "2026-08-lachlan-reid-quality";
    public const string PtoPausePip = "2026-09-ruby-thompson-activity";
    public const string AmendmentPip = "2026-09-camila-ortiz-meetings";

    public static IReadOnlyList<DemoStory> All { get; } =
    [
        // After passing, activity sags back below the plan's goals, so the relapse watch has something to say.
        new(SteadyImprovementPip, DemoStoryKind.SteadyImprovement, "Starts just under pace, improves every week and passes near the end; slips back after it",
            StoryCurve.Through(0.85, (0, 1.15), (1, 1.35), (1.03, 0.5)))
        {
            TargetCurves = Curves(
                ("call_score", StoryCurve.Through(0.93, (0, 0.95), (1, 1.1), (1.03, 0.8))),
                ("calls", StoryCurve.Through(0.85, (0, 0.9), (1, 1.15), (1.03, 0.5)))),
        },
        new(EarlySuccessPip, DemoStoryKind.EarlySuccess, "Ahead from the first week; both goals met a month early",
            StoryCurve.Linear(1.5, 1.6, before: 0.9)),
        new(DeclinePip, DemoStoryKind.Decline, "A strong start, then a steady slide; fails",
            StoryCurve.Through(1.0, (0, 1.25), (0.2, 1.2), (1, 0.35))),
        new(ComebackPip, DemoStoryKind.Comeback, "Off track for the first month, then turns it round and passes",
            StoryCurve.Through(0.6, (0, 0.55), (0.28, 0.55), (0.36, 1.45), (1, 1.45))),
        new(PartialPip, DemoStoryKind.Partial, "Hits every weekly call goal but misses the revenue goal",
            StoryCurve.Flat(1.05, before: 0.85))
        {
            TargetCurves = Curves(("calls", StoryCurve.Flat(1.35, before: 0.9)), ("closed_won", StoryCurve.Flat(0.6, before: 0.6))),
        },
        new(FailurePip, DemoStoryKind.Failure, "Behind on every goal from start to finish; fails",
            StoryCurve.Flat(0.6, before: 0.6))
        {
            TargetCurves = Curves(("call_score", StoryCurve.Flat(0.86, before: 0.86))),
        },
        new(PtoPausePip, DemoStoryKind.PtoPause, "Two weeks of leave pause the clock; on pace before and after, passes",
            StoryCurve.Flat(1.12, before: 0.85))
        {
            TargetCurves = Curves(("calls", StoryCurve.Flat(1.3, before: 0.9)), ("meeting_to_opp", StoryCurve.Flat(1.35, before: 0.9))),
        },
        new(AmendmentPip, DemoStoryKind.Amendment, "Behind until the plan is extended and the meetings goal lowered; passes on the new terms",
            StoryCurve.Flat(0.8, before: 0.75))
        {
            TargetCurves = Curves(("calls", StoryCurve.Flat(1.3, before: 0.9))),
        },
    ];

    /// <summary>The story of a plan, or null for a plan the demo does not know (its rep then simply performs on goal).</summary>
    public static DemoStory? Find(string pipId) => All.FirstOrDefault(s => string.Equals(s.PipId, pipId, StringComparison.Ordinal));

    private static Dictionary<string, StoryCurve> Curves(params (string TargetId, StoryCurve Curve)[] curves) =>
        curves.ToDictionary(c => c.TargetId, c => c.Curve, StringComparer.Ordinal);
}
