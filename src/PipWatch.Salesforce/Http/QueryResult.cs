namespace PipWatch.Salesforce.Http;

/// <summary>All records of a query after following every page, and how many API calls that took.</summary>
public sealed record QueryResult(IReadOnlyList<SalesforceRecord> Records, long TotalSize, int ApiCalls);
