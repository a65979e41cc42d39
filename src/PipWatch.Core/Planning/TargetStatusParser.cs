using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>Reads back the status keys the evaluation writes (<c>on_track</c>, <c>at_risk</c>), as the history and warning tables store them.</summary>
public static class TargetStatusParser
{
    /// <param name="where">Names the stored row in the message when the key is unknown.</param>
    public static TargetStatus Parse(string key, string where)
    {
        foreach (var status in Enum.GetValues<TargetStatus>())
        {
            if (status.ToKey() == key)
            {
                return status;
            }
        }

        throw new ArgumentException(
            $"{where}: '{key}' is not a target status; expected not_started, met, on_track, at_risk or off_track.",
            nameof(key));
    }
}
