namespace PipWatch.Core.Plans;

public enum GoalKind
{
    /// <summary>Every week of the plan must reach the goal (partial weeks prorated by working days).</summary>
    Weekly,

    /// <summary>The cumulative value over the plan must reach the goal by the end date.</summary>
    Total,

    /// <summary>An average or ratio over the plan (or a trailing window) must reach the goal, once the sample is large enough.</summary>
    Rate,
}
