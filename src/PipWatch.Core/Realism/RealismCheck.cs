using PipWatch.Core.Calendar;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Realism;

/// <summary>Compares a goal with the same metric over the rep's peers, so unreasonable goals are caught at the kickoff.</summary>
public static class RealismCheck
{
    /// <summary>Below this many peers a percentile is still given but nothing is flagged: one or two colleagues are not a benchmark.</summary>
    public const int DefaultMinimumPeers = 3;

    /// <param name="weeklyGoal">The goal as a weekly figure (see <see cref="WeeklyGoal"/>); rate goals as they are.</param>
    /// <param name="peerWeeklyValues">Each peer's weekly values over the last N weeks; each peer counts once, by the average of their weeks.</param>
    public static RealismAssessment Assess(
        double weeklyGoal,
        Direction direction,
        IReadOnlyList<IReadOnlyList<double>> peerWeeklyValues,
        int minimumPeers = DefaultMinimumPeers)
    {
        var peers = peerWeeklyValues.Where(p => p.Count > 0).Select(p => p.Average()).Order().ToArray();
        if (peers.Length == 0)
        {
            return new RealismAssessment(weeklyGoal, 0, null, null, null, null, RealismVerdict.NoPeers, false);
        }

        var below = peers.Count(p => p < weeklyGoal);
        var equal = peers.Count(p => p == weeklyGoal);
        var percentile = 100.0 * (below + (0.5 * equal)) / peers.Length;
        var lower = Quantile(peers, 0.25);
        var median = Quantile(peers, 0.5);
        var upper = Quantile(peers, 0.75);

        var verdict = peers.Length < minimumPeers ? RealismVerdict.TooFewPeers
            : weeklyGoal > upper ? RealismVerdict.AboveUpperQuartile
            : weeklyGoal < lower ? RealismVerdict.BelowLowerQuartile
            : RealismVerdict.InLine;
        var demanding = direction == Direction.AtLeast ? verdict == RealismVerdict.AboveUpperQuartile : verdict == RealismVerdict.BelowLowerQuartile;
        return new RealismAssessment(weeklyGoal, peers.Length, percentile, lower, median, upper, verdict, demanding);
    }

    /// <summary>
    /// A target's goal as a weekly figure comparable with peers' weeks: weekly goals as written, total goals spread
    /// over the plan's working days and scaled to a standard week, rate goals unchanged.
    /// </summary>
    public static double WeeklyGoal(Target target, PlanCalendar calendar) => target.Kind switch
    {
        GoalKind.Total => calendar.TotalWorkingDays == 0 ? 0 : target.Goal / calendar.TotalWorkingDays * calendar.StandardWorkingDaysPerWeek,
        _ => target.Goal,
    };

    /// <summary>Linear interpolation between closest ranks (the spreadsheet PERCENTILE.INC rule) over sorted values.</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
