using System.Globalization;

namespace PipWatch.Core.Tests.Builders;

/// <summary>Readable dates and local times for tables: "2026-03-02" and "2026-03-02 10:00".</summary>
internal static class Days
{
    public static DateOnly D(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A local wall-clock time in <paramref name="zone"/> as an instant ("2026-03-02" alone means midnight).</summary>
    public static DateTimeOffset Local(string localTime, TimeZoneInfo zone)
    {
        var local = DateTime.ParseExact(localTime, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None);
        if (zone.IsInvalidTime(local))
        {
            throw new ArgumentException($"{localTime} does not exist in {zone.Id} (DST gap).", nameof(localTime));
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateTimeOffset Utc(string utcTime) =>
        new(DateTime.ParseExact(utcTime, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None), TimeSpan.Zero);
}
