using PipWatch.Configuration.Binding;
using PipWatch.Core.Settings;

namespace PipWatch.Configuration.Sections;

internal static class CalendarSection
{
    private static readonly DateOnly s_earliestHoliday = new(2000, 1, 1);
    private static readonly DateOnly s_latestHoliday = new(2100, 12, 31);

    public static CalendarSettings Read(MappingReader r)
    {
        var d = new CalendarSettings();
        var settings = new CalendarSettings
        {
            WorkingDays = ReadWorkingDays(r, d.WorkingDays),
            WeekStart = r.Read("week_start", d.WeekStart, ScalarParsers.Day),
            Holidays = ReadHolidays(r),
        };
        r.Finish();
        return settings;
    }

    private static HashSet<DayOfWeek> ReadWorkingDays(MappingReader r, IReadOnlySet<DayOfWeek> fallback)
    {
        if (r.List("working_days") is not { } items)
        {
            return [.. fallback];
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var (node, path) in items)
        {
            if (MappingReader.ItemText(node, path, r.Context.Problems) is not { } text)
            {
                continue;
            }

            if (!ScalarParsers.Day(text, out var day, out var error))
            {
                r.Context.Problems.Add(node.Location, path, error);
            }
            else if (!days.Add(day))
            {
                r.Context.Problems.Add(node.Location, path, $"{text} is listed twice");
            }
        }

        if (days.Count == 0 && items.Count == 0)
        {
            r.Report("working_days", "at least one working day is needed, e.g. [monday, tuesday, wednesday, thursday, friday]");
        }

        return days;
    }

    private static HashSet<DateOnly> ReadHolidays(MappingReader r)
    {
        var holidays = new HashSet<DateOnly>();
        foreach (var (node, path) in r.List("holidays") ?? [])
        {
            if (MappingReader.ItemText(node, path, r.Context.Problems) is not { } text)
            {
                continue;
            }

            if (!ScalarParsers.Date(text, out var day, out var error))
            {
                r.Context.Problems.Add(node.Location, path, error);
            }
            else if (day < s_earliestHoliday || day > s_latestHoliday)
            {
                r.Context.Problems.Add(node.Location, path, $"{text} is not a plausible holiday: holidays must fall between 2000 and 2100 (is the year mistyped?)");
            }
            else if (!holidays.Add(day))
            {
                r.Context.Problems.Add(node.Location, path, $"{text} is listed twice (was another date meant?)");
            }
        }

        return holidays;
    }
}
