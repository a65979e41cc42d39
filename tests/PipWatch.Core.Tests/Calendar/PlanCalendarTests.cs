using PipWatch.Core.Calendar;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Calendar;

public sealed class PlanCalendarTests
{
    private static readonly TimeZoneInfo NewYork = TimeZones.FromIana("America/New_York");

    private static PlanCalendar Plan(string start, string end, string[]? holidays = null, (string, string)[]? paused = null, DayOfWeek weekStart = DayOfWeek.Monday) =>
        PlanCalendar.Create(
            D(start),
            D(end),
            [.. (paused ?? []).Select(p => new DateRange(D(p.Item1), D(p.Item2)))],
            new CalendarSettings { Holidays = (holidays ?? []).Select(D).ToHashSet(), WeekStart = weekStart },
            NewYork);

    [Theory]
    [InlineData("2026-03-02", "2026-03-27", 20)] // four full weeks, Monday to Friday
    [InlineData("2026-03-04", "2026-03-31", 20)] // starts on a Wednesday, ends on a Tuesday
    [InlineData("2026-03-07", "2026-03-08", 0)] // a weekend only
    [InlineData("2026-03-06", "2026-03-06", 1)] // a single Friday
    public void Working_Days_Are_Company_Weekdays_Inside_The_Plan(string start, string end, int expected) =>
        Plan(start, end).TotalWorkingDays.ShouldBe(expected);

    [Fact]
    public void Holidays_And_Paused_Days_Are_Not_Working_Days()
    {
        // Arrange: a company holiday on Tuesday 10 March and a week of PTO from 16 to 20 March.
        var calendar = Plan("2026-03-02", "2026-03-27", holidays: ["2026-03-10"], paused: [("2026-03-16", "2026-03-20")]);

        // Assert
        calendar.TotalWorkingDays.ShouldBe(14);
        calendar.IsWorkingDay(D("2026-03-09")).ShouldBeTrue();
        calendar.IsWorkingDay(D("2026-03-10")).ShouldBeFalse();
        calendar.IsWorkingDay(D("2026-03-18")).ShouldBeFalse();
        calendar.IsWorkingDay(D("2026-03-14")).ShouldBeFalse();
        calendar.CountWorkingDays(D("2026-03-09"), D("2026-03-22")).ShouldBe(4);
    }

    [Fact]
    public void Paused_Days_Do_Not_Move_The_End_Date()
    {
        var calendar = Plan("2026-03-02", "2026-03-27", paused: [("2026-03-16", "2026-03-20")]);

        calendar.End.ShouldBe(D("2026-03-27"));
        calendar.TotalWorkingDays.ShouldBe(15);
    }

    [Fact]
    public void Days_Outside_The_Plan_Are_Not_Working_Days_And_Counts_Are_Clipped()
    {
        var calendar = Plan("2026-03-02", "2026-03-13");

        calendar.IsWorkingDay(D("2026-02-27")).ShouldBeFalse();
        calendar.IsWorkingDay(D("2026-03-16")).ShouldBeFalse();
        calendar.CountWorkingDays(D("2026-01-01"), D("2026-12-31")).ShouldBe(10);
        calendar.CountWorkingDays(D("2026-03-10"), D("2026-03-09")).ShouldBe(0);
    }

    [Fact]
    public void Weeks_Of_A_Plan_Starting_Mid_Week_Are_Prorated_By_Working_Days()
    {
        // Arrange: Wednesday 4 March to Tuesday 31 March.
        var calendar = Plan("2026-03-04", "2026-03-31");

        // Assert: 3/5 of a week first, 2/5 last.
        calendar.Weeks.Select(w => (w.First, w.Last, w.WorkingDays, w.GoalFactor)).ShouldBe(
        [
            (D("2026-03-04"), D("2026-03-08"), 3, 0.6),
            (D("2026-03-09"), D("2026-03-15"), 5, 1.0),
            (D("2026-03-16"), D("2026-03-22"), 5, 1.0),
            (D("2026-03-23"), D("2026-03-29"), 5, 1.0),
            (D("2026-03-30"), D("2026-03-31"), 2, 0.4),
        ]);
        calendar.Weeks[0].WeekStart.ShouldBe(D("2026-03-02"));
    }

    [Fact]
    public void Weeks_With_A_Holiday_Or_Pto_Carry_A_Smaller_Share_Of_The_Goal()
    {
        var calendar = Plan("2026-03-02", "2026-03-27", holidays: ["2026-03-10"], paused: [("2026-03-16", "2026-03-20")]);

        calendar.Weeks.Select(w => w.GoalFactor).ShouldBe([1.0, 0.8, 0.0, 1.0]);
    }

    [Fact]
    public void Week_Start_Is_Configurable()
    {
        var calendar = Plan("2026-03-02", "2026-03-15", weekStart: DayOfWeek.Sunday);

        calendar.Weeks.Select(w => (w.WeekStart, w.First, w.Last, w.WorkingDays)).ShouldBe(
        [
            (D("2026-03-01"), D("2026-03-02"), D("2026-03-07"), 5),
            (D("2026-03-08"), D("2026-03-08"), D("2026-03-14"), 5),
            (D("2026-03-15"), D("2026-03-15"), D("2026-03-15"), 0),
        ]);
        calendar.WeekIndexOf(D("2026-03-08")).ShouldBe(1);
        calendar.WeekIndexOf(D("2026-03-07")).ShouldBe(0);
    }

    [Theory]
    [InlineData("2026-03-02 00:00", 0)] // the start: nothing completed
    [InlineData("2026-03-02 23:59", 0)] // the first day is still running
    [InlineData("2026-03-03 00:00", 1)] // its midnight has passed
    [InlineData("2026-03-07 12:00", 5)] // Saturday: the week's five days are done
    [InlineData("2026-03-09 10:00", 5)] // the weekend adds nothing
    [InlineData("2026-03-28 00:00", 20)] // the midnight after the end
    [InlineData("2026-05-01 00:00", 20)] // long after the end
    [InlineData("2026-02-20 10:00", 0)] // before the start
    public void Completed_Working_Days_Count_Days_Whose_Local_Midnight_Has_Passed(string asOf, int expected) =>
        Plan("2026-03-02", "2026-03-27").CompletedWorkingDays(Local(asOf, NewYork)).ShouldBe(expected);

    [Theory]
    [InlineData("America/Los_Angeles", "2026-03-08 07:30", "2026-03-07")] // 23:30 PST the night before DST starts
    [InlineData("America/Los_Angeles", "2026-03-08 08:30", "2026-03-08")] // 00:30 PST on the DST day
    [InlineData("America/Los_Angeles", "2026-03-09 06:30", "2026-03-08")] // 23:30 PDT, one hour less to UTC
    [InlineData("America/Los_Angeles", "2026-03-09 07:30", "2026-03-09")] // 00:30 PDT
    [InlineData("America/Los_Angeles", "2026-11-02 07:30", "2026-11-01")] // 23:30 PST after DST ends
    [InlineData("America/Los_Angeles", "2026-11-02 08:30", "2026-11-02")]
    [InlineData("Australia/Sydney", "2026-04-04 12:30", "2026-04-04")] // 23:30 AEDT before DST ends
    [InlineData("Australia/Sydney", "2026-04-04 13:30", "2026-04-05")] // 00:30 AEDT on the change day
    [InlineData("Australia/Sydney", "2026-04-05 13:30", "2026-04-05")] // 23:30 AEST, one hour less ahead of UTC
    [InlineData("Australia/Sydney", "2026-04-05 14:30", "2026-04-06")]
    [InlineData("Australia/Sydney", "2026-10-03 14:30", "2026-10-04")] // 00:30 AEST on the day DST starts
    [InlineData("Australia/Sydney", "2026-10-04 12:30", "2026-10-04")] // 23:30 AEDT the same day
    public void Local_Day_Follows_The_Reps_Zone_Across_Dst(string zone, string utc, string expectedDay) =>
        TimeZones.LocalDay(Utc(utc), TimeZones.FromIana(zone)).ShouldBe(D(expectedDay));

    [Theory]
    [InlineData("America/Los_Angeles", "2026-03-09", "2026-03-09 07:00")]
    [InlineData("America/Los_Angeles", "2026-03-08", "2026-03-08 08:00")]
    [InlineData("Australia/Sydney", "2026-04-05", "2026-04-04 13:00")]
    [InlineData("Australia/Sydney", "2026-04-06", "2026-04-05 14:00")]
    [InlineData("America/Santiago", "2026-09-06", "2026-09-06 04:00")] // midnight skipped: the day starts at 01:00
    [InlineData("America/Havana", "2026-11-01", "2026-11-01 04:00")] // midnight happens twice: the first one counts
    public void Start_Of_Day_Is_Local_Midnight_With_The_Offset_Of_That_Day(string zone, string day, string expectedUtc) =>
        TimeZones.StartOfDay(D(day), TimeZones.FromIana(zone)).UtcDateTime.ShouldBe(Utc(expectedUtc).UtcDateTime);

    [Theory]
    [InlineData("America/Los_Angeles", "2026-03-02", "2026-03-13", "2026-03-10 06:59", 5)] // 23:59 PDT Monday 9 March: Monday still running
    [InlineData("America/Los_Angeles", "2026-03-02", "2026-03-13", "2026-03-10 07:00", 6)] // midnight PDT: Monday completed (it would be 08:00 UTC in winter)
    [InlineData("Australia/Sydney", "2026-03-30", "2026-04-10", "2026-04-06 13:59", 5)] // 23:59 AEST Monday 6 April
    [InlineData("Australia/Sydney", "2026-03-30", "2026-04-10", "2026-04-06 14:00", 6)] // midnight AEST (13:00 UTC before the change)
    public void Dst_Never_Moves_A_Completed_Day(string zone, string start, string end, string utc, int expected)
    {
        var calendar = PlanCalendar.Create(D(start), D(end), [], new CalendarSettings(), TimeZones.FromIana(zone));

        calendar.CompletedWorkingDays(Utc(utc)).ShouldBe(expected);
    }

    [Fact]
    public void Unknown_Time_Zone_Is_Reported_By_Name()
    {
        var ex = Should.Throw<ArgumentException>(() => TimeZones.FromIana("Mars/Olympus_Mons"));

        ex.Message.ShouldContain("Mars/Olympus_Mons");
    }

    [Fact]
    public void End_Before_Start_Is_Rejected_With_Both_Dates()
    {
        var ex = Should.Throw<ArgumentException>(() => Plan("2026-03-27", "2026-03-02"));

        ex.Message.ShouldContain("2026-03-02");
        ex.Message.ShouldContain("2026-03-27");
    }
}
