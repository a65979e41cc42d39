namespace PipWatch.Salesforce.Users;

/// <summary>A Salesforce user as PipWatch needs them: who they are, where they are, and whether they still work there.</summary>
public sealed record SalesforceUser(
    string Id,
    string? Username,
    string? Email,
    string? Name,
    string? ManagerId,
    string? TimeZoneSidKey,
    string? LocaleSidKey,
    bool IsActive);
