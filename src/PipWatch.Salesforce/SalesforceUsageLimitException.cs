using PipWatch.Salesforce.Http;

namespace PipWatch.Salesforce;

/// <summary>
/// The org's daily API allowance is (nearly) used up: either usage passed the configured stop fraction or
/// Salesforce answered REQUEST_LIMIT_EXCEEDED. The cycle should stop cleanly and try again next time; this is
/// never retried within a cycle.
/// </summary>
public sealed class SalesforceUsageLimitException : SalesforceException
{
    public SalesforceUsageLimitException()
    {
    }

    public SalesforceUsageLimitException(string message)
        : base(message)
    {
    }

    public SalesforceUsageLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SalesforceUsageLimitException(string message, ApiUsage? usage, SalesforceApiException? apiError)
        : base(message, apiError)
    {
        Usage = usage;
        ErrorCode = apiError?.ErrorCode;
    }

    /// <summary>The last usage Salesforce reported, when it reported one.</summary>
    public ApiUsage? Usage { get; }

    /// <summary>REQUEST_LIMIT_EXCEEDED when Salesforce refused the call; null when PipWatch stopped first.</summary>
    public string? ErrorCode { get; }
}
