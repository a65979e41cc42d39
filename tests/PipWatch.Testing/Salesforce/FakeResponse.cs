using System.Net;

namespace PipWatch.Testing.Salesforce;

/// <summary>A canned answer the fake gives instead of running the request (errors, HTML pages, slowness).</summary>
public sealed record FakeResponse(HttpStatusCode Status, string Body, string ContentType = "application/json;charset=UTF-8")
{
    public TimeSpan Delay { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Send only this many bytes of the body, then end the response as if cut off.</summary>
    public int? TruncateAt { get; init; }

    public static FakeResponse Error(HttpStatusCode status, string errorCode, string message) =>
        new(status, $$"""[{"message":"{{message}}","errorCode":"{{errorCode}}"}]""");

    public static FakeResponse Html(HttpStatusCode status) =>
        new(status, "<html><head><title>Down for maintenance</title></head><body><h1>Salesforce is down for maintenance</h1></body></html>", "text/html");
}
