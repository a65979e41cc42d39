namespace PipWatch.Core.Evaluation;

/// <summary>
/// Weekly goals: every week must reach the goal, prorated by its working days. The status is the worse of the
/// missed-weeks rule and the pace rule inside the current week.
/// </summary>
internal static class WeeklyTargetEvaluator
{
    public static TargetFigures Evaluate(in TargetInput input)
    {
        var span = input.Span;
        var weeks = BuildWeeks(input);
        var current = !span.HasStarted ? 0
            : span.HasEnded ? weeks.Length - 1
            : span.Calendar.WeekIndexOf(span.Today) - span.Calendar.WeekIndexOf(span.First);
        var week = weeks[current];
        var figures = new TargetFigures
        {
            Goal = week.Goal,
            Actual = week.Value,
            Attainment = week.Goal > 0 ? week.Value / week.Goal : null,
            Weeks = weeks,
            CurrentWeekIndex = current,
        };
        var completedInWeek = span.IsRunning ? CurrentWeekFigures(input, week, ref figures) : 0;
        if (span.HasEnded)
        {
            figures.ActualCompleted = week.Value;
            figures.Expected = week.Goal;
            figures.Projection = week.Value;
            figures.Pace = input.AtMost ? TotalTargetEvaluator.Inverse(week.Goal, week.Value) : TotalTargetEvaluator.Ratio(week.Value, week.Goal);
        }
        else if (!span.HasStarted)
        {
            figures.ActualCompleted = 0;
            figures.Expected = 0;
            figures.RequiredDailyRate = week.WorkingDays > 0 ? week.Goal / week.WorkingDays : null;
        }

        Judge(input, weeks, current, completedInWeek, ref figures);
        (figures.Streak, figures.StreakStart) = Streak(weeks, current);
        return figures;
    }

    /// <summary>Every week of the target, its goal prorated by working days and judged against the goal in force on its last day (or today).</summary>
    internal static WeekResult[] BuildWeeks(in TargetInput input)
    {
        var span = input.Span;
        var calendar = span.Calendar;
        var planWeeks = calendar.Weeks;
        var firstWeek = calendar.WeekIndexOf(span.First);
        var weeks = new WeekResult[planWeeks.Count - firstWeek];
        var standard = (double)calendar.StandardWorkingDaysPerWeek;
        for (var i = 0; i < weeks.Length; i++)
        {
            var planWeek = planWeeks[firstWeek + i];
            var first = planWeek.First < span.First ? span.First : planWeek.First;
            var workingDays = first == planWeek.First ? planWeek.WorkingDays : calendar.CountWorkingDays(first, planWeek.Last);
            var seen = planWeek.Last < span.Today ? planWeek.Last : span.Today;
            var goal = input.Target.GoalOn(seen) * workingDays / standard;
            var value = input.Reader.Numerator(first, seen);
            var complete = planWeek.IsCompleteOn(span.Today);
            weeks[i] = new WeekResult(i, planWeek.WeekStart, first, planWeek.Last, workingDays, goal, value, complete, Outcome(input.AtMost, workingDays, goal, value, complete));
        }

        return weeks;
    }

    internal static WeekOutcome Outcome(bool atMost, int workingDays, double goal, double value, bool complete)
    {
        if (workingDays == 0)
        {
            return WeekOutcome.NoWorkingDays;
        }

        if (atMost)
        {
            // A limit can only be judged kept once the week is over.
            return !complete ? WeekOutcome.InProgress : Tolerance.AtMost(value, goal) ? WeekOutcome.Hit : WeekOutcome.Missed;
        }

        return Tolerance.AtLeast(value, goal) ? WeekOutcome.Hit : complete ? WeekOutcome.Missed : WeekOutcome.InProgress;
    }

    /// <summary>The pace rule's figures inside the running week; returns the week's completed working days.</summary>
    private static int CurrentWeekFigures(in TargetInput input, WeekResult week, ref TargetFigures figures)
    {
        var span = input.Span;
        var calendar = span.Calendar;
        var doneLast = span.Today.AddDays(-1);
        var done = input.Reader.Numerator(week.First, doneLast);
        var completed = calendar.CountWorkingDays(week.First, doneLast);
        var remaining = calendar.CountWorkingDays(span.Today, week.Last);
        double? expected = week.WorkingDays > 0 ? week.Goal * completed / week.WorkingDays : null;
        var rate = input.RecentDailyRate();

        figures.ActualCompleted = done;
        figures.TodaySoFar = input.Reader.Numerator(span.Today, span.Today);
        figures.Expected = expected;
        figures.Pace = input.AtMost ? TotalTargetEvaluator.Inverse(expected, done) : TotalTargetEvaluator.Ratio(done, expected);
        figures.Projection = rate is double r ? done + (r * remaining) : null;
        figures.RequiredDailyRate = remaining > 0 ? Math.Max(0, week.Goal - done) / remaining : null;
        return completed;
    }

    private static void Judge(in TargetInput input, WeekResult[] weeks, int current, int completedInWeek, ref TargetFigures figures)
    {
        var span = input.Span;
        if (!span.HasStarted)
        {
            figures.SetStatus(TargetStatus.NotStarted, StatusReason.BeforeStart);
            return;
        }

        if (span.HasEnded)
        {
            var allHit = Array.TrueForAll(weeks, w => w.Outcome is WeekOutcome.Hit or WeekOutcome.NoWorkingDays);
            figures.SetStatus(allHit ? TargetStatus.Met : TargetStatus.OffTrack, allHit ? StatusReason.GoalReached : StatusReason.PlanEnded);
            return;
        }

        if (span.Completed < input.Thresholds.GraceWorkingDays)
        {
            figures.SetStatus(TargetStatus.NotStarted, StatusReason.GracePeriod);
            return;
        }

        var (status, reason) = MissedWeeksRule(weeks);

        // The pace rule needs a completed working day in the week, and a week already hit is not behind.
        var week = weeks[current];
        if (completedInWeek > 0 && !week.IsHit)
        {
            var projectionRatio = input.AtMost
                ? TotalTargetEvaluator.Inverse(week.Goal, figures.Projection)
                : TotalTargetEvaluator.Ratio(figures.Projection, week.Goal);
            var band = StatusBands.Judge(figures.Pace, projectionRatio, input.PreviousBand, input.Thresholds);
            figures.BandStatus = band.Status;
            if (band.Status > status)
            {
                (status, reason) = band;
            }
        }

        figures.SetStatus(status, reason);
    }

    /// <summary>Last completed week missed: at risk; the last two missed: off track. Weeks with nothing to judge are skipped.</summary>
    internal static (TargetStatus Status, StatusReason Reason) MissedWeeksRule(IReadOnlyList<WeekResult> weeks)
    {
        var missed = MissedInARow(weeks, 2);
        return missed switch
        {
            >= 2 => (TargetStatus.OffTrack, StatusReason.MissedWeeks),
            1 => (TargetStatus.AtRisk, StatusReason.MissedWeek),
            _ => (TargetStatus.OnTrack, StatusReason.OnPace),
        };
    }

    /// <summary>Completed weeks missed in a row, counting back from the last completed judged week (at most <paramref name="limit"/>).</summary>
    internal static int MissedInARow(IReadOnlyList<WeekResult> weeks, int limit)
    {
        var missed = 0;
        for (var i = weeks.Count - 1; i >= 0 && missed < limit; i--)
        {
            var week = weeks[i];
            if (!week.IsComplete || week.Outcome is not (WeekOutcome.Hit or WeekOutcome.Missed))
            {
                continue;
            }

            if (!week.IsMissed)
            {
                break;
            }

            missed++;
        }

        return missed;
    }

    /// <summary>Consecutive hit weeks counting back from the current one; a current week not yet hit does not break the run.</summary>
    internal static (int Weeks, DateOnly? Start) Streak(IReadOnlyList<WeekResult> weeks, int current)
    {
        var streak = 0;
        DateOnly? start = null;
        for (var i = current; i >= 0; i--)
        {
            var outcome = weeks[i].Outcome;
            if (outcome == WeekOutcome.Missed)
            {
                break;
            }

            if (outcome == WeekOutcome.Hit)
            {
                streak++;
                start = weeks[i].WeekStart;
            }
        }

        return (streak, start);
    }
}
