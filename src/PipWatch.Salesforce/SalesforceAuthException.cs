using System.Net;

namespace PipWatch.Salesforce;

/// <summary>Logging in to Salesforce failed, or a fresh session was rejected too.</summary>
public sealed class SalesforceAuthException : SalesforceException
{
    public SalesforceAuthException()
    {
    }

    public SalesforceAuthException(string message)
        : base(message)
    {
    }

    public SalesforceAuthException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SalesforceAuthException(string message, HttpStatusCode? statusCode, string? error, string? errorDescription)
        : base(message)
    {
        StatusCode = statusCode;
        Error = error;
        ErrorDescription = errorDescription;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>The OAuth <c>error</c> value (e.g. invalid_grant), or INVALID_SESSION_ID for a rejected session.</summary>
    public string? Error { get; }

    public string? ErrorDescription { get; }
}
