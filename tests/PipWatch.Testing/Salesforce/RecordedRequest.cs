namespace PipWatch.Testing.Salesforce;

/// <summary>What the fake saw of one request.</summary>
public sealed record RecordedRequest(
    int Port,
    string Method,
    string Path,
    string? Soql,
    string RawQueryString,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Form,
    TimeSpan ReceivedAt);
