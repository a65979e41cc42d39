namespace PipWatch.Salesforce.Users;

/// <summary>A plan's rep and manager as resolved in Salesforce, with whatever is wrong with them.</summary>
public sealed record PipPeople(
    string PipId,
    string SourceFile,
    SalesforceUser? Rep,
    SalesforceUser? Manager,
    IReadOnlyList<PeopleProblem> Problems);

/// <summary>Every plan's people, and the API calls it took to find them.</summary>
public sealed record DirectoryResult(IReadOnlyList<PipPeople> Pips, int ApiCalls);
