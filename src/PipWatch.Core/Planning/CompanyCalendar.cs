using PipWatch.Core.Settings;

namespace PipWatch.Core.Planning;

/// <summary>
/// Working-day steps on the company calendar. At least one weekday is worked and holidays are finite, so every
/// search ends (the planner checks the first before using these).
/// </summary>
internal static class CompanyCalendar
{
    public static DateOnly FirstWorkingDayAfter(this CalendarSettings calendar, DateOnly day)
    {
        var next = day.AddDays(1);
        while (!calendar.IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    public static DateOnly LastWorkingDayBefore(this CalendarSettings calendar, DateOnly day)
    {
        var previous = day.AddDays(-1);
        while (!calendar.IsWorkingDay(previous))
        {
            previous = previous.AddDays(-1);
        }

        return previous;
    }

    /// <summary>Company working days after <paramref name="after"/> up to and including <paramref name="through"/>.</summary>
    public static int WorkingDaysBetween(this CalendarSettings calendar, DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var day = after.AddDays(1); day <= through; day = day.AddDays(1))
        {
            count += calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }
}
