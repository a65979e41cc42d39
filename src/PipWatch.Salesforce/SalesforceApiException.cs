using System.Net;

namespace PipWatch.Salesforce;

/// <summary>Salesforce refused a REST call and said why in its error array (e.g. MALFORMED_QUERY, INVALID_FIELD).</summary>
public sealed class SalesforceApiException : SalesforceException
{
    public SalesforceApiException()
        : this(HttpStatusCode.BadRequest, [])
    {
    }

    public SalesforceApiException(string message)
        : base(message)
    {
        ErrorCode = "UNKNOWN";
        Errors = [];
    }

    public SalesforceApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = "UNKNOWN";
        Errors = [];
    }

    public SalesforceApiException(HttpStatusCode statusCode, IReadOnlyList<SalesforceError> errors)
        : base(Describe(statusCode, errors))
    {
        StatusCode = statusCode;
        Errors = errors;
        ErrorCode = errors.Count > 0 ? errors[0].ErrorCode : "UNKNOWN";
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The first error's code, which is the one that decides what to do.</summary>
    public string ErrorCode { get; }

    public IReadOnlyList<SalesforceError> Errors { get; }

    private static string Describe(HttpStatusCode statusCode, IReadOnlyList<SalesforceError> errors)
    {
        var detail = errors.Count == 0
            ? "no error details in the body"
            : string.Join("; ", errors.Select(e => e.Fields.Count == 0
                ? $"{e.ErrorCode}: {e.Message}"
                : $"{e.ErrorCode}: {e.Message} (fields: {string.Join(", ", e.Fields)})"));
        return $"Salesforce answered HTTP {(int)statusCode} ({statusCode}): {detail}";
    }
}
