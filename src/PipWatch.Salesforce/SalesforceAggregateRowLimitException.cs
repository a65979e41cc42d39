namespace PipWatch.Salesforce;

/// <summary>An aggregate query would return more than the 2,000 rows Salesforce allows; split it and ask again.</summary>
public sealed class SalesforceAggregateRowLimitException : SalesforceException
{
    public SalesforceAggregateRowLimitException()
    {
    }

    public SalesforceAggregateRowLimitException(string message)
        : base(message)
    {
    }

    public SalesforceAggregateRowLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
