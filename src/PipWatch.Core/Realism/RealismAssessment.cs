namespace PipWatch.Core.Realism;

/// <summary>How a goal compares with what the rep's peers achieve on the same metric.</summary>
/// <param name="Goal">The goal compared, as a weekly figure (or the rate itself).</param>
/// <param name="PeerCount">Peers with at least one weekly value.</param>
/// <param name="Percentile">The goal's percentile rank among the peers' weekly averages (0–100); null without peers.</param>
/// <param name="IsDemanding">The verdict points to a goal harder than peers achieve (above for at-least goals, below for at-most goals).</param>
public sealed record RealismAssessment(
    double Goal,
    int PeerCount,
    double? Percentile,
    double? LowerQuartile,
    double? Median,
    double? UpperQuartile,
    RealismVerdict Verdict,
    bool IsDemanding);
