namespace PipWatch.Core.Calendar;

/// <summary>Resolves a rep's IANA time zone id (Salesforce <c>TimeZoneSidKey</c>).</summary>
public static class TimeZones
{
    public static TimeZoneInfo FromIana(string ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId))
        {
            throw new ArgumentException("A time zone id is required (an IANA id such as 'Europe/London').", nameof(ianaId));
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ianaId);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new ArgumentException($"Unknown time zone '{ianaId}': expected an IANA id such as 'America/Los_Angeles'.", nameof(ianaId), ex);
        }
        catch (InvalidTimeZoneException ex)
        {
            throw new ArgumentException($"The time zone data for '{ianaId}' is damaged on this machine.", nameof(ianaId), ex);
        }
    }

    /// <summary>The rep's local day that contains <paramref name="instant"/>. Converting the instant itself keeps DST shifts from moving a day.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The instant a local day begins. When a DST change skips midnight the day begins at the first valid local
    /// time; when midnight occurs twice the first occurrence counts.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
