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
}
