namespace PipWatch.Salesforce;

/// <summary>One entry of the error array Salesforce returns with a failed REST call.</summary>
public sealed record SalesforceError(string ErrorCode, string Message, IReadOnlyList<string> Fields);
