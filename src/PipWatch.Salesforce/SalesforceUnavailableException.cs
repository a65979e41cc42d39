namespace PipWatch.Salesforce;

/// <summary>Salesforce could not be reached in time: connection failures, timeouts, or an open circuit breaker.</summary>
public sealed class SalesforceUnavailableException : SalesforceException
{
    public SalesforceUnavailableException()
    {
    }

    public SalesforceUnavailableException(string message)
        : base(message)
    {
    }

    public SalesforceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
