using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Core.Calendar;

/// <summary>
/// The working-day calendar of one plan: company working days and holidays, minus the plan's paused days, in the
/// rep's time zone. Everything is precomputed into arrays so that each question is answered in constant time.
/// </summary>
public sealed class PlanCalendar
{
    // _workingBefore[i] = plan working days in [Start, Start + i); one longer than the plan.
    private readonly int[] _workingBefore;

    // Day offsets (from Start) of the plan's working days, in order.
    private readonly int[] _workingDayOffsets;
    private readonly PlanWeek[] _weeks;
    private readonly DateOnly _firstWeekStart;

    private PlanCalendar(
        DateOnly start,
        DateOnly end,
        TimeZoneInfo zone,
        CalendarSettings settings,
        int[] workingBefore,
        int[] workingDayOffsets)
    {
        Start = start;
        End = end;
        Zone = zone;
        Settings = settings;
        _workingBefore = workingBefore;
        _workingDayOffsets = workingDayOffsets;
        _firstWeekStart = settings.WeekStartOf(start);
        _weeks = BuildWeeks();
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public TimeZoneInfo Zone { get; }

    public CalendarSettings Settings { get; }

    /// <summary>Working days in a full week without holidays (the denominator of weekly proration).</summary>
    public int StandardWorkingDaysPerWeek => Settings.StandardWorkingDaysPerWeek;

    /// <summary>All plan working days between the start and end dates.</summary>
    public int TotalWorkingDays => _workingDayOffsets.Length;

    /// <summary>The plan's weeks, the first and last possibly partial.</summary>
    public IReadOnlyList<PlanWeek> Weeks => _weeks;

    public static PlanCalendar Create(
        DateOnly start,
        DateOnly end,
        IReadOnlyList<DateRange> pausedDays,
        CalendarSettings settings,
        TimeZoneInfo zone)
    {
        if (end < start)
        {
            throw new ArgumentException($"The plan ends on {end:yyyy-MM-dd}, before it starts on {start:yyyy-MM-dd}.", nameof(end));
        }

        if (settings.WorkingDays.Count == 0)
        {
            throw new ArgumentException("The company calendar has no working days; at least one weekday must be worked.", nameof(settings));
        }

        var length = end.DayNumber - start.DayNumber + 1;
        var working = new bool[length];
        for (var i = 0; i < length; i++)
        {
            working[i] = settings.IsWorkingDay(start.AddDays(i));
        }

        foreach (var paused in pausedDays)
        {
            if (paused.Last < paused.First)
            {
                throw new ArgumentException($"The paused range {paused.First:yyyy-MM-dd}..{paused.Last:yyyy-MM-dd} ends before it starts.", nameof(pausedDays));
            }

            var first = Math.Max(paused.First.DayNumber, start.DayNumber) - start.DayNumber;
            var last = Math.Min(paused.Last.DayNumber, end.DayNumber) - start.DayNumber;
            for (var i = first; i <= last; i++)
            {
                working[i] = false;
            }
        }

        var workingBefore = new int[length + 1];
        for (var i = 0; i < length; i++)
        {
            workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
        }

        var offsets = new int[workingBefore[length]];
        for (int i = 0, n = 0; i < length; i++)
        {
            if (working[i])
            {
                offsets[n++] = i;
            }
        }

        return new PlanCalendar(start, end, zone, settings, workingBefore, offsets);
    }

    /// <summary>True when the day is inside the plan, a company working day, and not paused.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        if (day < Start || day > End)
        {
            return false;
        }

        var i = day.DayNumber - Start.DayNumber;
        return _workingBefore[i + 1] > _workingBefore[i];
    }

    /// <summary>Plan working days in the inclusive range, clipped to the plan; zero when the range is empty.</summary>
    public int CountWorkingDays(DateOnly first, DateOnly last)
    {
        var lo = Math.Max(first.DayNumber, Start.DayNumber) - Start.DayNumber;
        var hi = Math.Min(last.DayNumber, End.DayNumber) - Start.DayNumber;
        return hi < lo ? 0 : _workingBefore[hi + 1] - _workingBefore[lo];
    }

    /// <summary>The plan's n-th working day, counting from zero.</summary>
    public DateOnly WorkingDay(int index) => Start.AddDays(_workingDayOffsets[index]);

    public DateOnly LocalDay(DateTimeOffset instant) => TimeZones.LocalDay(instant, Zone);

    /// <summary>The last day whose local midnight has passed at <paramref name="asOf"/>, i.e. yesterday in the rep's zone.</summary>
    public DateOnly LastCompletedDay(DateTimeOffset asOf) => LocalDay(asOf).AddDays(-1);

    /// <summary>Plan working days whose local midnight has passed at <paramref name="asOf"/>.</summary>
    public int CompletedWorkingDays(DateTimeOffset asOf) => CountWorkingDays(Start, LastCompletedDay(asOf));

    /// <summary>The index into <see cref="Weeks"/> of the week containing the day, or -1 outside the plan.</summary>
    public int WeekIndexOf(DateOnly day)
    {
        if (day < Start || day > End)
        {
            return -1;
        }

        return (Settings.WeekStartOf(day).DayNumber - _firstWeekStart.DayNumber) / 7;
    }

    private PlanWeek[] BuildWeeks()
    {
        var count = ((Settings.WeekStartOf(End).DayNumber - _firstWeekStart.DayNumber) / 7) + 1;
        var weeks = new PlanWeek[count];
        var standard = (double)StandardWorkingDaysPerWeek;
        for (var i = 0; i < count; i++)
        {
            var weekStart = _firstWeekStart.AddDays(7 * i);
            var first = weekStart < Start ? Start : weekStart;
            var last = weekStart.AddDays(6) > End ? End : weekStart.AddDays(6);
            var workingDays = CountWorkingDays(first, last);
            weeks[i] = new PlanWeek(i, weekStart, first, last, workingDays, workingDays / standard);
        }

        return weeks;
    }
}
