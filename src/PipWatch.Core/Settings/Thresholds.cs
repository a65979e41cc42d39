namespace PipWatch.Core.Settings;

/// <summary>The evaluation and notification thresholds ops tune in <c>pipwatch.yaml</c>. Defaults follow product.md §3.</summary>
public sealed record Thresholds
{
    /// <summary>Below this pace a target is at risk.</summary>
    public double AtRiskPace { get; init; } = 0.90;

    /// <summary>Below this pace a target is off track.</summary>
    public double OffTrackPace { get; init; } = 0.70;

    /// <summary>A projection below this fraction of the goal is off track.</summary>
    public double OffTrackProjection { get; init; } = 0.80;

    /// <summary>Margin needed to leave a worse status, so a target does not flap around a threshold.</summary>
    public double Hysteresis { get; init; } = 0.05;

    /// <summary>Completed working days before any status other than not_started or met applies.</summary>
    public int GraceWorkingDays { get; init; } = 3;

    /// <summary>Working days after a target's warning before a renewed fall warns again.</summary>
    public int CooldownWorkingDays { get; init; } = 3;

    /// <summary>Fractions of a total goal that are celebrated.</summary>
    public IReadOnlyList<double> MilestoneFractions { get; init; } = [0.5, 1.0];

    /// <summary>Consecutive weekly hits that make a streak.</summary>
    public int StreakWeeks { get; init; } = 3;

    /// <summary>Consecutive completed on-track working days after at_risk/off_track that make a comeback.</summary>
    public int ComebackWorkingDays { get; init; } = 3;

    /// <summary>Completed working days the recent daily rate is taken over.</summary>
    public int RecentRateWorkingDays { get; init; } = 10;

    /// <summary>Weeks a passed plan's metrics are still watched for a relapse.</summary>
    public int RelapseWatchWeeks { get; init; } = 8;

    /// <summary>Consecutive missed weeks after a passed plan that count as a relapse (one bad week alone is noise).</summary>
    public int RelapseMissedWeeks { get; init; } = 2;

    /// <summary>Working days before the end (today and the end date included) when the ending-soon note goes out.</summary>
    public int EndingSoonWorkingDays { get; init; } = 5;

    /// <summary>A metric whose last successful poll is older than this is stale: shown as such, never warned on.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Days re-read on every poll because reps log activities late.</summary>
    public int RestatementDays { get; init; } = 14;
}
