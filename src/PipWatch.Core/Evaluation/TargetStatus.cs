using System.Text.Json.Serialization;

namespace PipWatch.Core.Evaluation;

/// <summary>Where a target stands. The numeric order is the severity used for the plan's status: higher is worse.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<TargetStatus>))]
public enum TargetStatus
{
    NotStarted = 0,
    Met = 1,
    OnTrack = 2,
    AtRisk = 3,
    OffTrack = 4,
}
