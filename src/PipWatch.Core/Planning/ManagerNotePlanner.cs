using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Planning;

/// <summary>
/// The manager's lifecycle notes and relapse warnings, each at the manager's local send time, and the ops alert
/// for a manager PipWatch cannot write to.
/// </summary>
internal static class ManagerNotePlanner
{
    public static void Plan(PlanFacts plan, List<PlannedNotification> notes)
    {
        if (!plan.ManagerReachable)
        {
            OpsAlert(plan, notes);
            return;
        }

        var manager = plan.Manager!;
        var zone = plan.ManagerZone!;
        var today = plan.Clock.Today(zone);
        var sendTime = plan.Planning.Schedule.DigestTime;
        var id = plan.Pip.Id;
        bool Due(DateOnly day) => today == day && plan.Clock.Reached(day, sendTime, zone);

        // Kickoff and check-in concern their day only: a plan registered late does not get a late "it starts today".
        if (Due(plan.Pip.Start))
        {
            notes.Add(plan.Note(NotificationKind.KickoffManager, NotificationKeys.KickoffManager(id), manager, today, plan.View(today)));
        }

        if (plan.CheckInDay <= plan.End && Due(plan.CheckInDay))
        {
            notes.Add(plan.Note(NotificationKind.CheckInReminder, NotificationKeys.CheckIn(id), manager, today, plan.View(today)));
        }

        // From the day exactly the notice remains through the end: an amendment that pulls the end in past that
        // day still announces it, and one that moves the end gives a new key.
        if (plan.EndingSoonDay is { } endingSoon && today >= endingSoon && today <= plan.End && plan.Clock.Reached(endingSoon, sendTime, zone))
        {
            notes.Add(plan.Note(NotificationKind.EndingSoon, NotificationKeys.EndingSoon(id, plan.End), manager, endingSoon, plan.View(today)) with
            {
                Period = DateRange.OneDay(endingSoon),
            });
        }

        // The report needs the outcome, so it waits (within its day) for an evaluation of the ended plan.
        var offRamp = plan.Planning.Calendar.FirstWorkingDayAfter(plan.End);
        if (Due(offRamp) && plan.Evaluation is { Phase: PlanPhase.Ended } ended && ended.End == plan.End)
        {
            notes.Add(plan.Note(NotificationKind.OffRampReport, NotificationKeys.OffRamp(id, plan.End), manager, today, plan.View(today)));
        }

        Relapse(plan, manager, today, notes);
    }

    /// <summary>
    /// Once per flagged week, on a working day at the send time, within a week of that week's end (a watch checked
    /// long after the fact is history, not news).
    /// </summary>
    private static void Relapse(PlanFacts plan, PersonRef manager, DateOnly today, List<PlannedNotification> notes)
    {
        if (plan.Input.Relapse is not { Relapsed: true } report
            || !plan.Planning.Calendar.IsWorkingDay(today)
            || !plan.Clock.Reached(today, plan.Planning.Schedule.DigestTime, plan.ManagerZone!))
        {
            return;
        }

        WeekResult? flagged = null;
        foreach (var target in report.Targets.Where(t => t.Relapsed))
        {
            var complete = target.Weeks.LastOrDefault(w => w.IsComplete);
            if (complete.IsMissed && (flagged is null || complete.WeekStart > flagged.Value.WeekStart))
            {
                flagged = complete;
            }
        }

        if (flagged is not { } week || today > week.Last.AddDays(7))
        {
            return;
        }

        notes.Add(plan.Note(NotificationKind.RelapseWarning, NotificationKeys.Relapse(plan.Pip.Id, week.WeekStart), manager, today, plan.View(today)) with
        {
            Period = new DateRange(week.First, week.Last),
            Relapse = report,
        });
    }

    /// <summary>
    /// Each working day of the digest span, at the send time in the manager's zone (the rep's when there is no
    /// manager): the day the manager's mail would have gone out. Goes to the ops address when one is configured.
    /// </summary>
    private static void OpsAlert(PlanFacts plan, List<PlannedNotification> notes)
    {
        var zone = plan.ManagerZone ?? plan.RepZone;
        var today = plan.Clock.Today(zone);
        if (!plan.Planning.Calendar.IsWorkingDay(today)
            || !plan.InDigestSpan(today)
            || !plan.Clock.Reached(today, plan.Planning.Schedule.DigestTime, zone))
        {
            return;
        }

        notes.Add(new PlannedNotification
        {
            Kind = NotificationKind.OpsAlert,
            IdempotencyKey = NotificationKeys.ManagerWithoutEmail(plan.Pip.Id, today),
            To = plan.Planning.Ops is { } ops ? [ops] : [],
            PipIds = [plan.Pip.Id],
            LocalDay = today,
            Period = DateRange.OneDay(today),
            Plans = [plan.View(today)],
            Problem = plan.ManagerProblem,
        });
    }
}
