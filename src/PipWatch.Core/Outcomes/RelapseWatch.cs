using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Core.Outcomes;

/// <summary>
/// Keeps watching a passed plan's metrics for a set number of weeks after its end, against the plan's own goals
/// prorated to each week's working days.
/// </summary>
public static class RelapseWatch
{
    /// <summary>
    /// Checks the weeks after the end date up to <paramref name="asOf"/>. A target relapses when its last
    /// <see cref="Thresholds.RelapseMissedWeeks"/> completed weeks all fall short: weekly goals per week, total
    /// goals at the plan's daily rate, rate goals on the value since the end (once the sample is large enough).
    /// </summary>
    public static RelapseReport Check(PreparedPlan plan, IReadOnlyDictionary<string, DailySeries> series, Thresholds thresholds, DateTimeOffset asOf)
    {
        var today = plan.LocalDay(asOf);
        var version = plan.PlanOn(today);
        var planCalendar = plan.CalendarOn(today);
        var first = version.End.AddDays(1);
        var last = version.End.AddDays(7 * Math.Max(thresholds.RelapseWatchWeeks, 1));
        var watch = PlanCalendar.Create(first, last, [], plan.CalendarSettings, plan.Zone);

        var anyMustHave = version.Targets.Any(t => t.Target.MustHave);
        var targets = new List<RelapseTarget>();
        foreach (var target in version.Targets.Where(t => t.Target.MustHave || !anyMustHave))
        {
            var definition = plan.Metrics.Get(target.Target.Metric, $"Plan '{plan.Pip.Id}', target '{target.Id}'");
            var reader = MetricReader.Create(definition, plan.Metrics, series);
            var weeks = Weeks(target, reader, watch, planCalendar, today);
            var missed = WeeklyTargetEvaluator.MissedInARow(weeks, thresholds.RelapseMissedWeeks);
            targets.Add(new RelapseTarget(
                target.Id,
                definition.Name,
                target.Target.Kind,
                target.Target.Direction,
                weeks,
                missed,
                thresholds.RelapseMissedWeeks > 0 && missed >= thresholds.RelapseMissedWeeks));
        }

        return new RelapseReport(plan.Pip.Id, new DateRange(first, last), today >= first, today > last, targets);
    }

    private static WeekResult[] Weeks(EffectiveTarget target, MetricReader reader, PlanCalendar watch, PlanCalendar planCalendar, DateOnly today)
    {
        var goal = target.Target.Goal;
        var atMost = target.Target.Direction == Direction.AtMost;
        var planDays = planCalendar.CountWorkingDays(target.Start, planCalendar.End);
        var standard = (double)watch.StandardWorkingDaysPerWeek;
        var weeks = new WeekResult[watch.Weeks.Count];
        for (var i = 0; i < weeks.Length; i++)
        {
            var week = watch.Weeks[i];
            var seen = week.Last < today ? week.Last : today;
            var complete = week.IsCompleteOn(today);
            double weekGoal;
            double value;
            WeekOutcome outcome;
            if (target.Target.Kind == GoalKind.Rate)
            {
                // A week rarely holds a full sample, so a rate is judged on everything since the end, week by week.
                weekGoal = goal;
                value = reader.Value(watch.Start, seen) ?? 0;
                var judged = reader.Sample(watch.Start, seen) >= target.Target.MinSample && reader.Value(watch.Start, seen) is not null;
                outcome = !complete ? WeekOutcome.InProgress
                    : !judged ? WeekOutcome.NotJudged
                    : (atMost ? Tolerance.AtMost(value, goal) : Tolerance.AtLeast(value, goal)) ? WeekOutcome.Hit : WeekOutcome.Missed;
            }
            else
            {
                weekGoal = target.Target.Kind == GoalKind.Weekly
                    ? goal * week.WorkingDays / standard
                    : planDays > 0 ? goal / planDays * week.WorkingDays : 0;
                value = reader.Numerator(week.First, seen);
                outcome = WeeklyTargetEvaluator.Outcome(atMost, week.WorkingDays, weekGoal, value, complete);
            }

            weeks[i] = new WeekResult(i, week.WeekStart, week.First, week.Last, week.WorkingDays, weekGoal, value, complete, outcome);
        }

        return weeks;
    }
}
