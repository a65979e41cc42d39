namespace PipWatch.Core.Plans;

/// <summary>A Performance Improvement Plan as written in its file under <c>config/pips/</c>.</summary>
public sealed record Pip(
    string Id,
    RepReference Rep,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<DateRange> PausedDays,
    IReadOnlyList<Amendment> Amendments)
{
    /// <summary>A manager named in the file (Id, username or email) instead of the rep's Salesforce manager.</summary>
    public string? ManagerOverride { get; init; }

    /// <summary>People (e.g. an HR partner) who get the manager's view of this plan only.</summary>
    public IReadOnlyList<string> Watchers { get; init; } = [];

    /// <summary>IANA zone used when Salesforce does not supply the rep's (demo and offline use).</summary>
    public string? TimeZoneOverride { get; init; }

    /// <summary>How often the manager should hold a check-in, in working days.</summary>
    public int CheckInCadenceWorkingDays { get; init; } = 5;

    /// <summary>The outcome once recorded by the manager (passed, failed, partial); null while undecided.</summary>
    public string? Decision { get; init; }

    /// <summary>The file the plan was read from, for messages.</summary>
    public string SourceFile { get; init; } = "";
}
