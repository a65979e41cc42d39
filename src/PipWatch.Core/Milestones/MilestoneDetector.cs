using System.Globalization;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Core.Milestones;

/// <summary>
/// Finds the milestones an evaluation has reached that have not fired before. Keys are stored and compared for ever,
/// so they are written with the invariant culture (a Thai or Arabic locale would otherwise change the dates).
/// </summary>
public static class MilestoneDetector
{
    /// <param name="evaluation">The new evaluation (live data may celebrate).</param>
    /// <param name="alreadyFired">Keys of every milestone already fired for this plan; none of them fires again, even after the data dips and re-crosses.</param>
    public static IReadOnlyList<Milestone> Detect(PlanEvaluation evaluation, IReadOnlySet<string> alreadyFired, Thresholds thresholds)
    {
        var found = new List<Milestone>();
        if (evaluation.Phase == PlanPhase.NotStarted)
        {
            return found;
        }

        foreach (var target in evaluation.Targets)
        {
            switch (target.Kind)
            {
                case GoalKind.Total when target.Direction == Direction.AtLeast:
                    TotalFractions(target, thresholds, found);
                    break;
                case GoalKind.Weekly:
                    WeeklyHits(target, found);
                    Streak(target, thresholds, found);
                    break;
            }

            Comeback(target, thresholds, found);
        }

        if (evaluation.Outcome?.Kind == OutcomeKind.Passed)
        {
            found.Add(new Milestone("passed", MilestoneKind.Passed, null));
        }

        found.RemoveAll(m => alreadyFired.Contains(m.Key));
        return found;
    }

    private static void TotalFractions(TargetEvaluation target, Thresholds thresholds, List<Milestone> found)
    {
        if (target.Goal <= 0 || target.Actual is not double actual)
        {
            return;
        }

        foreach (var fraction in thresholds.MilestoneFractions)
        {
            if (actual >= (fraction * target.Goal) - (1e-9 * Math.Max(1, target.Goal)))
            {
                var percent = (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture);
                found.Add(new Milestone($"total:{target.TargetId}:{percent}", MilestoneKind.TotalFraction, target.TargetId, fraction, Value: actual, Goal: target.Goal));
            }
        }
    }

    /// <summary>
    /// The current week fires live as soon as it is hit; the last completed week can still fire when late-logged
    /// activity lifts it over its goal. Older weeks are history, not news.
    /// </summary>
    private static void WeeklyHits(TargetEvaluation target, List<Milestone> found)
    {
        if (target.CurrentWeekIndex is not int current)
        {
            return;
        }

        var from = target.Weeks[current].IsComplete ? current : current - 1;
        for (var i = Math.Max(from, 0); i <= current; i++)
        {
            var week = target.Weeks[i];
            if (week.IsHit)
            {
                found.Add(new Milestone(
                    string.Create(CultureInfo.InvariantCulture, $"weekly:{target.TargetId}:{week.WeekStart:yyyy-MM-dd}"),
                    MilestoneKind.WeeklyHit,
                    target.TargetId,
                    Date: week.WeekStart,
                    Value: week.Value,
                    Goal: week.Goal));
            }
        }
    }

    /// <summary>Keyed by the streak's first week, so a streak fires once however long it grows, and a new one after a break fires again.</summary>
    private static void Streak(TargetEvaluation target, Thresholds thresholds, List<Milestone> found)
    {
        if (thresholds.StreakWeeks > 0 && target.Streak >= thresholds.StreakWeeks && target.StreakStart is DateOnly start)
        {
            found.Add(new Milestone(
                string.Create(CultureInfo.InvariantCulture, $"streak:{target.TargetId}:{start:yyyy-MM-dd}"),
                MilestoneKind.Streak,
                target.TargetId,
                Date: start,
                Weeks: target.Streak));
        }
    }

    private static void Comeback(TargetEvaluation target, Thresholds thresholds, List<Milestone> found)
    {
        if (target.RecoveringSince is DateOnly since && target.OnTrackWorkingDays >= thresholds.ComebackWorkingDays)
        {
            found.Add(new Milestone(string.Create(CultureInfo.InvariantCulture, $"comeback:{target.TargetId}:{since:yyyy-MM-dd}"), MilestoneKind.Comeback, target.TargetId, Date: since));
        }
    }
}
