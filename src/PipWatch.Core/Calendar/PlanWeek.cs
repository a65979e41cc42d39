namespace PipWatch.Core.Calendar;

/// <summary>One calendar week of a plan, clipped to the plan's first and last day.</summary>
/// <param name="WeekStart">The calendar week's first day (may precede the plan start); weekly milestone keys use it.</param>
/// <param name="First">The first day of the week inside the plan.</param>
/// <param name="Last">The last day of the week inside the plan.</param>
/// <param name="WorkingDays">Plan working days in the week (holidays and paused days excluded).</param>
/// <param name="GoalFactor">The share of a full week's goal this week carries: working days ÷ standard working days per week.</param>
public readonly record struct PlanWeek(int Index, DateOnly WeekStart, DateOnly First, DateOnly Last, int WorkingDays, double GoalFactor)
{
    public bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <summary>A week is complete once the midnight after its last day has passed in the rep's zone.</summary>
    public bool IsCompleteOn(DateOnly localToday) => localToday > Last;
}
