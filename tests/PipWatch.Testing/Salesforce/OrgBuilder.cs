namespace PipWatch.Testing.Salesforce;

/// <summary>Adds users and activities to a fake org with the fields PipWatch reads.</summary>
public static class OrgBuilder
{
    public static FakeRecord AddUser(
        this FakeOrg org, string name, string? email = null, string? username = null, string? managerId = null,
        string timeZone = "America/New_York", bool active = true) =>
        org.Add("User", new FakeRecord
        {
            ["Name"] = name,
            ["Username"] = username ?? $"{name.ToLowerInvariant().Replace(' ', '.')}@acme.example",
            ["Email"] = email ?? $"{name.ToLowerInvariant().Replace(' ', '.')}@acme.example",
            ["ManagerId"] = managerId,
            ["TimeZoneSidKey"] = timeZone,
            ["LocaleSidKey"] = "en_US",
            ["IsActive"] = active,
        });

    public static FakeRecord AddTask(this FakeOrg org, string ownerId, DateOnly activityDate, string subtype = "Call", double? score = null) =>
        org.Add("Task", new FakeRecord
        {
            ["OwnerId"] = ownerId,
            ["ActivityDate"] = activityDate,
            ["CreatedDate"] = new DateTimeOffset(activityDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            ["TaskSubtype"] = subtype,
            ["Subject"] = subtype,
            ["Status"] = "Completed",
            ["Call_Score__c"] = score,
        });

    public static FakeRecord AddEvent(this FakeOrg org, string ownerId, DateTimeOffset start) =>
        org.Add("Event", new FakeRecord
        {
            ["OwnerId"] = ownerId,
            ["StartDateTime"] = start.ToUniversalTime(),
            ["ActivityDate"] = DateOnly.FromDateTime(start.DateTime),
            ["CreatedDate"] = start.ToUniversalTime().AddDays(-3),
            ["EventSubtype"] = "Event",
            ["Subject"] = "Meeting",
        });

    public static FakeRecord AddOpportunity(this FakeOrg org, string ownerId, DateTimeOffset created, double? amount, DateOnly closeDate, bool won = false) =>
        org.Add("Opportunity", new FakeRecord
        {
            ["OwnerId"] = ownerId,
            ["Name"] = "Deal",
            ["CreatedDate"] = created.ToUniversalTime(),
            ["Amount"] = amount,
            ["CloseDate"] = closeDate,
            ["StageName"] = won ? "Closed Won" : "Prospecting",
            ["IsWon"] = won,
        });

    /// <summary>A local wall-clock time in an IANA zone, as the instant it is.</summary>
    public static DateTimeOffset At(string zoneId, int year, int month, int day, int hour, int minute)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
