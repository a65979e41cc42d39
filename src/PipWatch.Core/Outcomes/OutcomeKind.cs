using System.Text.Json.Serialization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Outcomes;

[JsonConverter(typeof(SnakeCaseEnumConverter<OutcomeKind>))]
public enum OutcomeKind
{
    /// <summary>Every must-have target met.</summary>
    Passed,

    /// <summary>No must-have target met.</summary>
    Failed,

    /// <summary>Some must-have targets met, others not.</summary>
    Partial,
}
