namespace PipWatch.Salesforce.Metrics;

/// <summary>Local-day arithmetic in a rep's zone, including days that start at a DST jump.</summary>
internal static class ZoneCalendar
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>The UTC instant a local day begins (its first valid local time, earliest if ambiguous).</summary>
    public static DateTimeOffset StartOfDay(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Zones that jump forward at midnight (e.g. America/Santiago) have no 00:00 that day; the day then
        // begins at the first valid local time, which is also the instant of the jump.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }

    public static DateOnly LocalDay(TimeZoneInfo zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static DateTimeOffset FloorHour(DateTimeOffset utc) =>
        new(utc.UtcDateTime.Date.AddHours(utc.UtcDateTime.Hour), TimeSpan.Zero);

    public static DateTimeOffset CeilHour(DateTimeOffset utc)
    {
        var floor = FloorHour(utc);
        return floor == utc ? floor : floor + Hour;
    }

    /// <summary>How many UTC dates [from, to) touches.</summary>
    public static int UtcDaysSpanned(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? 0 : (to.UtcDateTime.AddTicks(-1).Date - from.UtcDateTime.Date).Days + 1;
}
