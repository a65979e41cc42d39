using PipWatch.Core.Calendar;

namespace PipWatch.Core.Planning;

/// <summary>The planning instant seen from each recipient's zone, with the zones looked up once per run.</summary>
internal sealed class PlanningClock(DateTimeOffset now)
{
    private readonly Dictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    public DateTimeOffset Now { get; } = now;

    /// <param name="whose">Names the person and plan in the message when the id is unknown.</param>
    public TimeZoneInfo Zone(string ianaId, string whose)
    {
        if (!string.IsNullOrEmpty(ianaId) && _zones.TryGetValue(ianaId, out var known))
        {
            return known;
        }

        try
        {
            var zone = TimeZones.FromIana(ianaId);
            _zones[ianaId] = zone;
            return zone;
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{whose}: {ex.Message}", ex);
        }
    }

    public DateOnly Today(TimeZoneInfo zone) => TimeZones.LocalDay(Now, zone);

    /// <summary>True once the local wall-clock time on <paramref name="day"/> has come.</summary>
    public bool Reached(DateOnly day, TimeOnly time, TimeZoneInfo zone) => Now >= At(day, time, zone);

    /// <summary>
    /// The instant of a local wall-clock time. A time skipped by a DST change becomes the first valid minute after
    /// it; a time that occurs twice counts at its first occurrence, so nothing is planned an hour late.
    /// </summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
