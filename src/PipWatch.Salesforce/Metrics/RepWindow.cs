using PipWatch.Core.Plans;

namespace PipWatch.Salesforce.Metrics;

/// <summary>A rep to fetch, the IANA zone their days are counted in, and the local days to read.</summary>
public sealed record RepWindow(string UserId, string TimeZoneId, DateRange Days);
