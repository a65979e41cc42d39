using PipWatch.Core.Evaluation;
using PipWatch.Notifications.Content.Formatting;

namespace PipWatch.Notifications.Content.Views;

/// <summary>A plan's dates, timing and overall status as every email states them.</summary>
internal sealed class PlanHeader(ContentFormat format)
{
    public string Period(PlanEvaluation evaluation) => $"{format.ShortDate(evaluation.Start)} to {format.ShortDate(evaluation.End)}";

    public string Timing(PlanEvaluation evaluation) => evaluation.Phase switch
    {
        PlanPhase.NotStarted => $"Starts on {format.Date(evaluation.Start)}",
        PlanPhase.Ended => $"Ended on {format.Date(evaluation.End)}",
        _ when evaluation.WorkingDaysRemaining == 1 => "Last working day today",
        _ => $"{format.Whole(evaluation.WorkingDaysRemaining)} working days left of {format.Whole(evaluation.WorkingDaysTotal)}, today included",
    };

    /// <summary>The bucket a plan is counted in for summaries: its outcome once ended, else its status.</summary>
    public static string Bucket(PlanEvaluation evaluation) => evaluation.Phase switch
    {
        PlanPhase.Ended => "ended",
        PlanPhase.NotStarted => "not started",
        _ when evaluation.Status == TargetStatus.NotStarted => "too early to judge",
        _ => StatusText.Phrase(evaluation.Status),
    };

    public static (string Key, string Text, string Colour) Status(PlanEvaluation evaluation)
    {
        if (evaluation.Phase == PlanPhase.Ended && evaluation.Outcome is { } outcome)
        {
            return ($"outcome_{outcome.Kind.ToString().ToLowerInvariant()}", $"Ended: {StatusText.Outcome(outcome.Kind).ToLowerInvariant()}", StatusText.OutcomeColour(outcome.Kind));
        }

        if (evaluation.Phase == PlanPhase.NotStarted)
        {
            return ("not_started", "Not started", StatusText.Colour(TargetStatus.NotStarted));
        }

        var reason = evaluation.Status == TargetStatus.NotStarted ? StatusReason.GracePeriod : StatusReason.OnPace;
        return (evaluation.Status.ToKey(), StatusText.Label(evaluation.Status, reason), StatusText.Colour(evaluation.Status));
    }
}
