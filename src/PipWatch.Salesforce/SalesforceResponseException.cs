using System.Net;

namespace PipWatch.Salesforce;

/// <summary>Salesforce (or something in front of it) answered with a body that is not the JSON it should be.</summary>
public sealed class SalesforceResponseException : SalesforceException
{
    public SalesforceResponseException()
    {
    }

    public SalesforceResponseException(string message)
        : base(message)
    {
    }

    public SalesforceResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SalesforceResponseException(string message, HttpStatusCode statusCode, string? contentType, string bodyStart)
        : base(message)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        BodyStart = bodyStart;
    }

    public HttpStatusCode StatusCode { get; }

    public string? ContentType { get; }

    /// <summary>The first bytes of the body, as text, for the log.</summary>
    public string BodyStart { get; } = "";
}
