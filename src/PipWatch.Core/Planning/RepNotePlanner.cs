using PipWatch.Core.Calendar;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Planning;

/// <summary>The rep's own mail: kickoff, weekly progress and celebrations. None of it ever goes to an inactive rep.</summary>
internal static class RepNotePlanner
{
    public static void Plan(PlanFacts plan, List<PlannedNotification> notes)
    {
        if (!plan.Rep.CanReceiveMail)
        {
            return;
        }

        Kickoff(plan, notes);
        Weekly(plan, notes);
        Celebrations(plan, notes);
    }

    /// <summary>On the start date at the rep's send time, whether or not data has arrived.</summary>
    private static void Kickoff(PlanFacts plan, List<PlannedNotification> notes)
    {
        var start = plan.Pip.Start;
        if (plan.RepToday == start && plan.Clock.Reached(start, plan.Planning.Schedule.DigestTime, plan.RepZone))
        {
            notes.Add(plan.Note(NotificationKind.KickoffRep, NotificationKeys.KickoffRep(plan.Pip.Id), plan.Rep, start, plan.View(start)));
        }
    }

    /// <summary>
    /// Every week from the plan's second through the first week after its end (covering the last one), holidays
    /// included, from the configured day and time. A week whose note could not be planned on that day (the worker
    /// was down) still gets it later in the same week; the next week's note replaces it.
    /// </summary>
    private static void Weekly(PlanFacts plan, List<PlannedNotification> notes)
    {
        if (plan.Evaluation is null)
        {
            return;
        }

        var calendar = plan.Planning.Calendar;
        var schedule = plan.Planning.Schedule;
        var week = calendar.WeekStartOf(plan.RepToday);
        if (week < calendar.WeekStartOf(plan.Pip.Start).AddDays(7) || week > calendar.WeekStartOf(plan.End).AddDays(7))
        {
            return;
        }

        var sendDay = week.AddDays(((int)schedule.RepWeeklyDay - (int)calendar.WeekStart + 7) % 7);
        if (plan.RepToday < sendDay || !plan.Clock.Reached(sendDay, schedule.RepWeeklyTime, plan.RepZone))
        {
            return;
        }

        notes.Add(plan.Note(NotificationKind.RepWeekly, NotificationKeys.RepWeekly(plan.Pip.Id, week), plan.Rep, sendDay, plan.View(plan.RepToday)) with
        {
            Period = new DateRange(week, week.AddDays(6)),
        });
    }

    /// <summary>One per fired milestone, as soon as it is known; the manager in copy when configured and reachable.</summary>
    private static void Celebrations(PlanFacts plan, List<PlannedNotification> notes)
    {
        var cc = plan.Planning.CcManagerOnCelebrations && plan.ManagerReachable && plan.Manager!.UserId != plan.Rep.UserId
            ? new[] { plan.Manager }
            : [];
        foreach (var fired in plan.Input.Milestones)
        {
            if (fired.FiredAt > plan.Clock.Now)
            {
                continue;
            }

            var day = TimeZones.LocalDay(fired.FiredAt, plan.RepZone);
            notes.Add(plan.Note(NotificationKind.Celebration, NotificationKeys.Celebration(plan.Pip.Id, fired.Milestone.Key), plan.Rep, day, plan.View(plan.RepToday)) with
            {
                Cc = cc,
                Milestone = fired,
            });
        }
    }
}
