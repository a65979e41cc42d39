using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>
/// At-risk warnings per must-have target (optional targets are shown in digests, never warned about). A target
/// behind pace warns when it was never warned about; when it is worse than its last warning (at once, cooldown or
/// not); or when it recovered since its last warning and fell again, once the cooldown has passed since that
/// warning. Never from stale figures, and only while the plan runs.
/// </summary>
internal static class AtRiskPlanner
{
    public static void Plan(PlanFacts plan, List<PlannedNotification> notes)
    {
        if (plan.Evaluation is not { Phase: PlanPhase.Running } evaluation || plan.EvaluationIsStale || !plan.ManagerReachable
            || !InManagersWorkingHours(plan))
        {
            return;
        }

        var ccRep = plan.Planning.CopyRepOnAtRiskWarnings && plan.Rep.CanReceiveMail;
        foreach (var target in evaluation.Targets)
        {
            if (!target.MustHave || !target.Status.IsBehind() || plan.IsStale(target))
            {
                continue;
            }

            var last = LastWarning(plan, target.TargetId);
            var worsening = last is not null && target.Status > last.Status;
            if (last is not null && !worsening && !(RecoveredSince(plan, target, last) && CooldownOver(plan, last)))
            {
                continue;
            }

            var key = NotificationKeys.AtRisk(plan.Pip.Id, target.TargetId, evaluation.LocalDay, target.Status);
            notes.Add(plan.Note(NotificationKind.AtRiskWarning, key, plan.Manager!, evaluation.LocalDay, plan.View(evaluation.LocalDay)) with
            {
                Cc = ccRep ? [plan.Rep] : [],
                Warning = new AtRiskChange(target.TargetId, FromStatus(plan, target, last), target.Status, last?.Status, worsening),
                RecordWarning = new WarningRecorded(plan.Pip.Id, target.TargetId, target.Status, plan.Clock.Now),
            });
        }
    }

    /// <summary>
    /// Warnings reach the manager between the send time and the latest time of a company working day in their zone:
    /// a fall seen at night or over a weekend waits for the next working morning instead of waking anyone at 00:30.
    /// </summary>
    private static bool InManagersWorkingHours(PlanFacts plan)
    {
        var zone = plan.ManagerZone ?? plan.RepZone;
        var today = plan.Clock.Today(zone);
        var schedule = plan.Planning.Schedule;
        return plan.Planning.Calendar.IsWorkingDay(today)
            && plan.Clock.Reached(today, schedule.DigestTime, zone)
            && !plan.Clock.Reached(today, schedule.DigestLatestTime, zone);
    }

    /// <summary>
    /// The status the warning reports a change from. A warning held until working hours may follow several
    /// evaluations that were already behind, so the change is told from the last warning while the target has not
    /// recovered since; otherwise (a first fall, or a new fall after a recovery) from the last status that was not
    /// behind, not_started for the first fall after grace. A renewed fall is never told as "off track to off track".
    /// </summary>
    private static TargetStatus FromStatus(PlanFacts plan, TargetEvaluation target, LastWarning? last)
    {
        if (last is not null && !RecoveredSince(plan, target, last))
        {
            return last.Status;
        }

        if (target.PreviousStatus is { } previous && !previous.IsBehind())
        {
            return previous;
        }

        return plan.Input.StatusHistory
            .Where(h => h.TargetId == target.TargetId && !h.Status.IsBehind())
            .OrderBy(h => h.Day)
            .Select(h => (TargetStatus?)h.Status)
            .LastOrDefault() ?? TargetStatus.NotStarted;
    }

    private static LastWarning? LastWarning(PlanFacts plan, string targetId)
    {
        LastWarning? last = null;
        foreach (var warning in plan.Input.Warnings)
        {
            if (warning.TargetId == targetId && (last is null || warning.WarnedAt > last.WarnedAt))
            {
                last = warning;
            }
        }

        return last;
    }

    /// <summary>
    /// The target was on track (or met) at some point since the warning: on a day of the history from the warning's
    /// day on, or at the evaluation just before this one.
    /// </summary>
    private static bool RecoveredSince(PlanFacts plan, TargetEvaluation target, LastWarning last)
    {
        if (target.PreviousStatus is { } previous && !previous.IsBehind())
        {
            return true;
        }

        var warnedOn = TimeZones.LocalDay(last.WarnedAt, plan.RepZone);
        return plan.Input.StatusHistory.Any(h => h.TargetId == target.TargetId && h.Day >= warnedOn && !h.Status.IsBehind());
    }

    /// <summary>The cooldown's company working days have passed since the warning's day (rep's zone): on the third working day after a Monday warning, a Thursday.</summary>
    private static bool CooldownOver(PlanFacts plan, LastWarning last)
    {
        var warnedOn = TimeZones.LocalDay(last.WarnedAt, plan.RepZone);
        return plan.Planning.Calendar.WorkingDaysBetween(warnedOn, plan.RepToday) >= plan.Planning.Thresholds.CooldownWorkingDays;
    }
}
