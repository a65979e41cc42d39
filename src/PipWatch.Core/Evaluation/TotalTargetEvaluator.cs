namespace PipWatch.Core.Evaluation;

/// <summary>Total goals: the cumulative value over the plan must reach (or stay within) the goal by the end date.</summary>
internal static class TotalTargetEvaluator
{
    public static TargetFigures Evaluate(in TargetInput input)
    {
        var span = input.Span;
        var reader = input.Reader;
        var goal = input.Target.Target.Goal;
        var atMost = input.AtMost;

        var live = span.HasStarted ? reader.Numerator(span.First, span.LiveLast) : 0;
        var done = reader.Numerator(span.First, span.DoneLast);
        double? expected = span.Total > 0 ? goal * span.Completed / span.Total : null;
        var rate = input.RecentDailyRate();
        double? projection = rate is double r ? done + (r * span.Remaining) : null;

        var figures = new TargetFigures
        {
            Goal = goal,
            Actual = live,
            ActualCompleted = done,
            TodaySoFar = span.IsRunning ? reader.Numerator(span.Today, span.Today) : null,
            Attainment = goal > 0 ? live / goal : null,
            Expected = expected,
            Pace = atMost ? Inverse(expected, done) : Ratio(done, expected),
            Projection = projection,
            RequiredDailyRate = span.Remaining > 0 ? Math.Max(0, goal - done) / span.Remaining : null,
        };

        if (!span.HasStarted)
        {
            figures.SetStatus(TargetStatus.NotStarted, StatusReason.BeforeStart);
        }
        else if (!atMost && Tolerance.AtLeast(live, goal))
        {
            // Live data may celebrate: an at-least total is met the moment the goal is reached.
            figures.SetStatus(TargetStatus.Met, StatusReason.GoalReached);
        }
        else if (span.HasEnded)
        {
            if (atMost && Tolerance.AtMost(done, goal))
            {
                figures.SetStatus(TargetStatus.Met, StatusReason.GoalReached);
            }
            else
            {
                figures.SetStatus(TargetStatus.OffTrack, atMost ? StatusReason.LimitExceeded : StatusReason.PlanEnded);
            }
        }
        else if (span.Completed < input.Thresholds.GraceWorkingDays)
        {
            figures.SetStatus(TargetStatus.NotStarted, StatusReason.GracePeriod);
        }
        else if (atMost && !Tolerance.AtMost(done, goal))
        {
            figures.SetStatus(TargetStatus.OffTrack, StatusReason.LimitExceeded);
        }
        else
        {
            var projectionRatio = atMost ? Inverse(goal, projection) : Ratio(projection, goal);
            var (status, reason) = StatusBands.Judge(figures.Pace, projectionRatio, input.PreviousBand, input.Thresholds);
            figures.SetStatus(status, reason);
            figures.BandStatus = status;
        }

        return figures;
    }

    /// <summary>value ÷ reference, or null when the reference is missing or zero.</summary>
    internal static double? Ratio(double? value, double? reference) =>
        value is double v && reference is double r && r > 0 ? v / r : null;

    /// <summary>reference ÷ value for at-most goals; null (nothing used, so nothing to judge) when the value is zero.</summary>
    internal static double? Inverse(double? reference, double? value) =>
        reference is double r && value is double v && v > 0 ? r / v : null;
}
