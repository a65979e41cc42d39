namespace PipWatch.Salesforce;

/// <summary>Base of every failure the Salesforce connector reports; catch this to stop a cycle on any of them.</summary>
public class SalesforceException : Exception
{
    public SalesforceException()
    {
    }

    public SalesforceException(string message)
        : base(message)
    {
    }

    public SalesforceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
