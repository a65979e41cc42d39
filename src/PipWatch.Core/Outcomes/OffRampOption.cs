using System.Text.Json.Serialization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Outcomes;

/// <summary>The next steps the off-ramp report puts to the manager.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<OffRampOption>))]
public enum OffRampOption
{
    /// <summary>Readmit the rep and keep watching the plan's metrics for a relapse.</summary>
    ReadmitAndWatch,

    /// <summary>Close the plan and let the rep go.</summary>
    LetGo,

    /// <summary>Run a new plan focused on the missed targets.</summary>
    NewPlanOnMissedTargets,

    /// <summary>Readmit the rep with the missed targets prioritised and clear standards that would return them to a plan.</summary>
    ReadmitWithPrioritisedGaps,
}
