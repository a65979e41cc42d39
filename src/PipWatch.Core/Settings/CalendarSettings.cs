namespace PipWatch.Core.Settings;

/// <summary>The company calendar: which weekdays are worked, when a week starts, and company holidays.</summary>
public sealed record CalendarSettings
{
    public IReadOnlySet<DayOfWeek> WorkingDays { get; init; } = new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    };

    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    public IReadOnlySet<DateOnly> Holidays { get; init; } = new HashSet<DateOnly>();

    /// <summary>Working days in a full week without holidays; weekly goals are written against this many days.</summary>
    public int StandardWorkingDaysPerWeek => WorkingDays.Count;

    /// <summary>True when the company works on this day (a working weekday that is not a holiday); plans may still pause it.</summary>
    public bool IsWorkingDay(DateOnly day) => WorkingDays.Contains(day.DayOfWeek) && !Holidays.Contains(day);

    /// <summary>The first day of the week that contains <paramref name="day"/>.</summary>
    public DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek - (int)WeekStart + 7) % 7));
}
