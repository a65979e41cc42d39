using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Core.Evaluation;

/// <summary>Everything a goal-kind evaluator needs for one target.</summary>
internal readonly record struct TargetInput(
    EffectiveTarget Target,
    MetricReader Reader,
    TargetSpan Span,
    Thresholds Thresholds,
    TargetState? Previous)
{
    public bool AtMost => Target.Target.Direction == Direction.AtMost;

    /// <summary>Completed working days the recent rate is taken over (0 when none has completed).</summary>
    public int RecentDays => Math.Min(Thresholds.RecentRateWorkingDays, Span.Completed);

    /// <summary>The additive daily rate over the recent window, or null before the first completed working day.</summary>
    public double? RecentDailyRate()
    {
        var days = RecentDays;
        return days == 0 ? null : Reader.Numerator(Span.WindowStart(days), Span.DoneLast) / days;
    }

    /// <summary>The previous band status, if the previous evaluation applied the bands.</summary>
    public TargetStatus? PreviousBand => Previous?.BandStatus;
}
