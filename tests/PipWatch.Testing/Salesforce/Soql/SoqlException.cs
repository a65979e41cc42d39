namespace PipWatch.Testing.Salesforce.Soql;

/// <summary>A query the fake refuses the way Salesforce would: an error code and a message.</summary>
public sealed class SoqlException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
