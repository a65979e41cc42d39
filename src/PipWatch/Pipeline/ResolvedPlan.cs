using PipWatch.Core.Plans;
using PipWatch.Salesforce.Users;

namespace PipWatch.Pipeline;

/// <summary>A plan with its people as the org knows them and the zone its days are counted in.</summary>
public sealed record ResolvedPlan(Pip Pip, PipPeople People, TimeZoneInfo Zone)
{
    /// <summary>The rep's Salesforce user Id; null when the rep could not be found, so nothing can be read for them.</summary>
    public string? RepUserId => People.Rep?.Id;

    /// <summary>The rep's zone from Salesforce, else the plan file's, else UTC (which is said in the problems).</summary>
    public static string ZoneIdFor(Pip pip, PipPeople people) =>
        people.Rep?.TimeZoneSidKey is { Length: > 0 } fromSalesforce ? fromSalesforce
        : pip.TimeZoneOverride is { Length: > 0 } fromFile ? fromFile
        : "UTC";
}
