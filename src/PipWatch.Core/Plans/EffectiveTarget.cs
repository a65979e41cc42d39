namespace PipWatch.Core.Plans;

/// <summary>A target as it stands after the amendments in force: its current goal, when it started, and its goal history.</summary>
/// <param name="Target">The target with its current goal.</param>
/// <param name="Start">The first day the target counts: the plan start, or the date an amendment added it.</param>
/// <param name="Goals">The goal from each date on, oldest first; the first entry holds from <paramref name="Start"/>.</param>
public sealed record EffectiveTarget(Target Target, DateOnly Start, IReadOnlyList<GoalPeriod> Goals)
{
    public string Id => Target.Id;

    /// <summary>The goal in force on <paramref name="day"/> (the original goal before the first change).</summary>
    public double GoalOn(DateOnly day)
    {
        var goal = Goals[0].Goal;
        for (var i = 1; i < Goals.Count && Goals[i].From <= day; i++)
        {
            goal = Goals[i].Goal;
        }

        return goal;
    }
}

/// <summary>A goal and the day it took effect.</summary>
public readonly record struct GoalPeriod(DateOnly From, double Goal);
