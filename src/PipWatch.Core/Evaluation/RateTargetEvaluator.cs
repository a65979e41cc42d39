namespace PipWatch.Core.Evaluation;

/// <summary>
/// Rate goals on averages and ratios: the value over the plan so far (or a trailing window of working days),
/// judged once the sample reaches its minimum; mid-plan the bands apply to value ÷ goal (goal ÷ value for at-most).
/// </summary>
internal static class RateTargetEvaluator
{
    public static TargetFigures Evaluate(in TargetInput input)
    {
        var span = input.Span;
        var reader = input.Reader;
        var target = input.Target.Target;
        var goal = target.Goal;
        var window = target.WindowWorkingDays is int days && days > 0 ? days : (int?)null;

        var first = window is int w ? span.WindowStart(w) : span.First;
        var value = reader.Value(first, span.DoneLast);
        var sample = reader.Sample(first, span.DoneLast);
        var live = span.HasStarted ? reader.Value(first, span.LiveLast) : null;

        var figures = new TargetFigures
        {
            Goal = goal,
            Actual = live,
            ActualCompleted = value,
            Attainment = TotalTargetEvaluator.Ratio(live, goal),
            Expected = goal,
            Pace = Performance(input.AtMost, value, goal),
            Projection = window is null ? Projection(input, value) : value,
            Sample = sample,
        };

        var enoughSample = sample >= target.MinSample && value is not null;
        if (!span.HasStarted)
        {
            figures.SetStatus(TargetStatus.NotStarted, StatusReason.BeforeStart);
        }
        else if (span.HasEnded)
        {
            // A rate never judged (sample still short at the end) counts as not met.
            var met = enoughSample && (input.AtMost ? Tolerance.AtMost(value!.Value, goal) : Tolerance.AtLeast(value!.Value, goal));
            figures.SetStatus(
                met ? TargetStatus.Met : TargetStatus.OffTrack,
                met ? StatusReason.GoalReached : enoughSample ? StatusReason.PlanEnded : StatusReason.MinSample);
        }
        else if (span.Completed < input.Thresholds.GraceWorkingDays)
        {
            figures.SetStatus(TargetStatus.NotStarted, StatusReason.GracePeriod);
        }
        else if (!enoughSample)
        {
            figures.SetStatus(TargetStatus.NotStarted, StatusReason.MinSample);
        }
        else
        {
            var (status, reason) = StatusBands.Judge(figures.Pace, null, input.PreviousBand, input.Thresholds);
            figures.SetStatus(status, reason);
            figures.BandStatus = status;
        }

        return figures;
    }

    /// <summary>How the value compares with the goal, above 1 is good.</summary>
    private static double? Performance(bool atMost, double? value, double goal)
    {
        if (value is not double v)
        {
            return null;
        }

        if (atMost)
        {
            // A zero rate against an at-most goal cannot be behind; like an unused limit it has no pace.
            return v > 0 ? goal / v : null;
        }

        return goal > 0 ? v / goal : null;
    }

    /// <summary>The value at the end if the recent daily numerator and denominator carry on over the remaining working days.</summary>
    private static double? Projection(in TargetInput input, double? value)
    {
        var span = input.Span;
        var days = input.RecentDays;
        if (days == 0 || value is null)
        {
            return value;
        }

        var windowStart = span.WindowStart(days);
        var numerator = input.Reader.Numerator(span.First, span.DoneLast)
            + (input.Reader.Numerator(windowStart, span.DoneLast) / days * span.Remaining);
        var denominator = input.Reader.Denominator(span.First, span.DoneLast)
            + (input.Reader.Denominator(windowStart, span.DoneLast) / days * span.Remaining);
        return denominator > 0 ? numerator / denominator : value;
    }
}
