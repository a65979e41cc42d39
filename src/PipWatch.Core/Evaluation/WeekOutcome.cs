using System.Text.Json.Serialization;

namespace PipWatch.Core.Evaluation;

[JsonConverter(typeof(SnakeCaseEnumConverter<WeekOutcome>))]
public enum WeekOutcome
{
    /// <summary>The week is still running and its goal is not reached yet.</summary>
    InProgress,

    /// <summary>The goal is reached (live for at-least goals; at-most goals only once the week is complete).</summary>
    Hit,

    /// <summary>The week is complete and its goal was not reached.</summary>
    Missed,

    /// <summary>No plan working days (holidays, paused days): nothing was asked, so it neither counts nor breaks a streak.</summary>
    NoWorkingDays,

    /// <summary>Too few records behind a rate to judge it (relapse watch of rate targets).</summary>
    NotJudged,
}
