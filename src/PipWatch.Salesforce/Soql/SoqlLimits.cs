namespace PipWatch.Salesforce.Soql;

/// <summary>The Salesforce limits every query PipWatch builds is planned against.</summary>
public static class SoqlLimits
{
    /// <summary>Aggregate (GROUP BY) results cannot be paged; Salesforce stops at 2,000 rows.</summary>
    public const int MaxAggregateRows = 2000;

    /// <summary>
    /// Salesforce answers 414/431 once the request line plus headers pass 16,384 bytes. The encoded path and query
    /// are kept to 12,000 so the Authorization header (about 120 bytes) and the rest fit with room to spare.
    /// </summary>
    public const int MaxRequestUriLength = 12_000;
}
