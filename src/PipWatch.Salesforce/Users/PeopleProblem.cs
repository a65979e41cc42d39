namespace PipWatch.Salesforce.Users;

public enum PeopleProblemKind
{
    UnknownRep,
    AmbiguousRep,
    InactiveRep,
    NoManager,
    UnknownManager,
    AmbiguousManager,
    InactiveManager,
    ManagerWithoutEmail,
    UnknownTimeZone,
}

/// <summary>Something wrong with a plan's people, reported as data so the other plans carry on.</summary>
public sealed record PeopleProblem(PeopleProblemKind Kind, string Message);
