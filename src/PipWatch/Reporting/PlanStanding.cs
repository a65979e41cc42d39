using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Storage.Evaluations;

namespace PipWatch.Reporting;

/// <summary>
/// Where the plan stood at its last stored evaluation and, once that evaluation falls after the end, how it ended:
/// passed when every judged target was met, failed when none was, partial otherwise. Judged targets are the
/// must-have ones (all of them when none is), as in the evaluation's own outcome.
/// </summary>
/// <param name="FinalTargets">Each target evaluated on the last day, with whether it is must-have.</param>
/// <param name="Outcome">passed, failed or partial once ended; null while running or unknown.</param>
public sealed record PlanStanding(
    DateOnly? LastEvaluated,
    DateOnly? FinalEnd,
    string? Status,
    IReadOnlyList<FinalTarget> FinalTargets,
    string? Outcome)
{
    public bool Ended => LastEvaluated is { } last && FinalEnd is { } end && last > end;

    public static PlanStanding From(Pip? plan, IReadOnlyList<EvaluationRecord> evaluations)
    {
        DateOnly? finalEnd = plan is null ? null : PlanTerms.FinalEnd(plan);
        if (evaluations.Count == 0)
        {
            return new PlanStanding(null, finalEnd, null, [], null);
        }

        var lastDay = evaluations.Max(r => r.Day);
        var inForce = plan is null ? null : PlanTerms.Versions(plan) is null ? null : EffectivePlan.AsOf(plan, lastDay);
        var final = evaluations
            .Where(r => r.Day == lastDay)
            .Select(r => new FinalTarget(r, inForce?.FindTarget(r.TargetId)?.Target.MustHave ?? true))
            .ToList();
        var judged = final.Any(t => t.MustHave) ? final.Where(t => t.MustHave).ToList() : final;
        var status = judged.Select(t => t.Row.Status).MaxBy(Severity);
        string? outcome = null;
        if (finalEnd is { } end && lastDay > end && judged.Count > 0)
        {
            var met = judged.Count(t => t.Row.Status == TargetStatus.Met.ToKey());
            outcome = met == judged.Count ? "passed" : met == 0 ? "failed" : "partial";
        }

        return new PlanStanding(lastDay, finalEnd, status, final, outcome);
    }

    /// <summary>The plan's status is its worst target's: off_track, at_risk, on_track, met, not_started.</summary>
    private static int Severity(string status) => status switch
    {
        "off_track" => 4,
        "at_risk" => 3,
        "on_track" => 2,
        "met" => 1,
        _ => 0,
    };
}
