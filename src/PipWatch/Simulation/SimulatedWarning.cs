using PipWatch.Core.Evaluation;
using PipWatch.Core.Planning;

namespace PipWatch.Simulation;

/// <summary>
/// An at-risk warning that would have gone out, with why: the target, the status it fell to and from, the status
/// reason and the figures of the evaluation the planner warned from. Figures are null when the evaluation has none.
/// </summary>
public sealed record SimulatedWarning(
    DateOnly Day,
    DateOnly WeekStart,
    DateTimeOffset At,
    string PipId,
    string Rep,
    string Manager,
    string? ManagerAddress,
    IReadOnlyList<string> Recipients,
    string Target,
    string? Metric,
    string PreviousStatus,
    string Status,
    bool Worsening,
    string? Reason,
    double? Actual,
    double? Expected,
    double? Goal,
    double? Pace,
    double? Projection,
    double? RequiredDailyRate)
{
    public static SimulatedWarning From(
        PlannedNotification planned, AtRiskChange change, DateOnly weekStart, DateTimeOffset at, IReadOnlyList<Addressee> recipients)
    {
        var pipId = planned.PipIds.Count > 0 ? planned.PipIds[0] : "";
        var view = planned.Plans.FirstOrDefault(p => p.Pip.Id == pipId) ?? (planned.Plans.Count > 0 ? planned.Plans[0] : null);
        var target = view?.Evaluation?.Targets.FirstOrDefault(t => t.TargetId == change.TargetId);

        // The planner addresses an at-risk warning to the plan's manager.
        var manager = planned.To.Count > 0 ? planned.To[0] : view?.Manager;
        return new SimulatedWarning(
            planned.LocalDay,
            weekStart,
            at,
            pipId,
            view?.Rep.Name ?? "",
            manager?.Name ?? "",
            manager?.Email,
            [.. recipients.Select(r => r.Address)],
            change.TargetId,
            target?.Label,
            change.From.ToKey(),
            change.To.ToKey(),
            change.IsWorsening,
            target?.Reason.ToKey(),
            target?.Actual,
            target?.Expected,
            target?.Goal,
            target?.Pace,
            target?.Projection,
            target?.RequiredDailyRate);
    }
}
