using System.Text.Json.Serialization;

namespace PipWatch.Core.Evaluation;

[JsonConverter(typeof(SnakeCaseEnumConverter<PlanPhase>))]
public enum PlanPhase
{
    /// <summary>The rep's local day is before the start date.</summary>
    NotStarted,

    /// <summary>From the start date through the end date.</summary>
    Running,

    /// <summary>The midnight after the end date has passed in the rep's zone.</summary>
    Ended,
}
