namespace PipWatch.Demo;

/// <summary>The arc a demo plan is written to follow.</summary>
public enum DemoStoryKind
{
    /// <summary>Starts just under pace and improves week by week; passes late in the plan.</summary>
    SteadyImprovement,

    /// <summary>Well ahead from the first week; every goal is met weeks before the end.</summary>
    EarlySuccess,

    /// <summary>Starts on track and slides; ends failed.</summary>
    Decline,

    /// <summary>Falls behind early, turns it round, and passes.</summary>
    Comeback,

    /// <summary>Meets some must-have targets and misses others.</summary>
    Partial,

    /// <summary>Behind throughout; ends failed.</summary>
    Failure,

    /// <summary>Two weeks of approved leave pause the plan's clock without hurting pace.</summary>
    PtoPause,

    /// <summary>The plan is extended and a goal changed mid-way, with a reason; passes on the amended terms.</summary>
    Amendment,
}
