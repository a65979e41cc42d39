using System.Text.Json.Serialization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Milestones;

[JsonConverter(typeof(SnakeCaseEnumConverter<MilestoneKind>))]
public enum MilestoneKind
{
    /// <summary>A fraction of a total goal reached (default 50 % and 100 %).</summary>
    TotalFraction,

    /// <summary>A week's goal reached.</summary>
    WeeklyHit,

    /// <summary>N weekly goals hit in a row.</summary>
    Streak,

    /// <summary>Back on track after at-risk or off-track, and held for N completed working days.</summary>
    Comeback,

    /// <summary>The plan ended with every must-have target met.</summary>
    Passed,
}
