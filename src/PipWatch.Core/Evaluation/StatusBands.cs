using PipWatch.Core.Settings;

namespace PipWatch.Core.Evaluation;

/// <summary>The pace and projection bands, with hysteresis: leaving a worse band needs a margin, worsening never does.</summary>
internal static class StatusBands
{
    /// <param name="pace">Completed actual against expected, above 1 is good; null when there is nothing to judge yet (counts as fine).</param>
    /// <param name="projectionRatio">Projection against goal, above 1 is good; null when not applicable.</param>
    /// <param name="previousBand">The band the previous evaluation gave, if the bands were applied then.</param>
    public static (TargetStatus Status, StatusReason Reason) Judge(
        double? pace,
        double? projectionRatio,
        TargetStatus? previousBand,
        Thresholds thresholds)
    {
        var raw = Raw(pace, projectionRatio, thresholds);
        if (raw.Status == TargetStatus.OffTrack || previousBand is not (TargetStatus.AtRisk or TargetStatus.OffTrack))
        {
            return raw;
        }

        var h = thresholds.Hysteresis;
        if (previousBand == TargetStatus.OffTrack
            && (IsBelow(pace, thresholds.OffTrackPace + h) || IsBelow(projectionRatio, thresholds.OffTrackProjection + h)))
        {
            return (TargetStatus.OffTrack, StatusReason.Recovering);
        }

        if (IsBelow(pace, thresholds.AtRiskPace + h))
        {
            return (TargetStatus.AtRisk, raw.Status == TargetStatus.AtRisk ? raw.Reason : StatusReason.Recovering);
        }

        return raw;
    }

    private static (TargetStatus Status, StatusReason Reason) Raw(double? pace, double? projectionRatio, Thresholds thresholds)
    {
        if (IsBelow(pace, thresholds.OffTrackPace))
        {
            return (TargetStatus.OffTrack, StatusReason.PaceBelow);
        }

        if (IsBelow(projectionRatio, thresholds.OffTrackProjection))
        {
            return (TargetStatus.OffTrack, StatusReason.ProjectionBelow);
        }

        if (IsBelow(pace, thresholds.AtRiskPace))
        {
            return (TargetStatus.AtRisk, StatusReason.PaceBelow);
        }

        return (TargetStatus.OnTrack, StatusReason.OnPace);
    }

    private static bool IsBelow(double? value, double threshold) => value is double v && Tolerance.Below(v, threshold);
}
