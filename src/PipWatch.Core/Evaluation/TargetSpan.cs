using PipWatch.Core.Calendar;

namespace PipWatch.Core.Evaluation;

/// <summary>The days of one target as seen from the evaluation's local day: what is live, what is completed, what remains.</summary>
internal readonly struct TargetSpan
{
    private readonly PlanCalendar _calendar;
    private readonly int _workingDaysBefore;

    public TargetSpan(PlanCalendar calendar, DateOnly first, DateOnly today)
    {
        _calendar = calendar;
        First = first;
        Today = today;
        End = calendar.End;
        LiveLast = today < End ? today : End;
        var yesterday = today.AddDays(-1);
        DoneLast = yesterday < End ? yesterday : End;
        _workingDaysBefore = first > calendar.Start ? calendar.CountWorkingDays(calendar.Start, first.AddDays(-1)) : 0;
        Total = calendar.CountWorkingDays(first, End);
        Completed = calendar.CountWorkingDays(first, DoneLast);
        Remaining = calendar.CountWorkingDays(today > first ? today : first, End);
    }

    public DateOnly First { get; }

    public DateOnly End { get; }

    public DateOnly Today { get; }

    /// <summary>The last day live figures include: today, or the end date once passed.</summary>
    public DateOnly LiveLast { get; }

    /// <summary>The last completed day counted: yesterday, or the end date once passed.</summary>
    public DateOnly DoneLast { get; }

    public int Total { get; }

    public int Completed { get; }

    /// <summary>Working days from today (included) to the end.</summary>
    public int Remaining { get; }

    public bool HasStarted => Today >= First;

    public bool HasEnded => Today > End;

    public bool IsRunning => HasStarted && !HasEnded;

    public PlanCalendar Calendar => _calendar;

    /// <summary>The target's last completed working day, if any.</summary>
    public DateOnly? LastCompletedWorkingDay => Completed == 0 ? null : _calendar.WorkingDay(_workingDaysBefore + Completed - 1);

    /// <summary>
    /// Where a window of the last <paramref name="workingDays"/> completed working days begins. The window runs
    /// through <see cref="DoneLast"/>, so activity on weekends inside it counts; when it covers every completed
    /// working day it starts at the target's first day.
    /// </summary>
    public DateOnly WindowStart(int workingDays) =>
        workingDays >= Completed ? First : _calendar.WorkingDay(_workingDaysBefore + Completed - workingDays);
}
