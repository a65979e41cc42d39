using PipWatch.Core.Plans;

namespace PipWatch.Salesforce.Metrics;

/// <summary>A rep as the fetcher plans with them: Id key, zone, window and the window's UTC bounds.</summary>
internal sealed record RepPlan(string UserId, string Key, TimeZoneInfo Zone, DateRange Days)
{
    public DateTimeOffset StartUtc { get; } = ZoneCalendar.StartOfDay(Zone, Days.First);

    public DateTimeOffset EndUtc { get; } = ZoneCalendar.StartOfDay(Zone, Days.Last.AddDays(1));

    /// <summary>Salesforce returns 18-character Ids; the first 15 identify a record case-sensitively.</summary>
    public static string KeyOf(string id) => id.Length > 15 ? id[..15] : id;
}
