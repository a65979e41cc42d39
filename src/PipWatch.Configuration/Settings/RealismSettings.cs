namespace PipWatch.Configuration.Settings;

/// <summary>How a plan's goals are compared with what peers achieve.</summary>
public sealed record RealismSettings
{
    /// <summary>Weeks of peers' history to compare against.</summary>
    public int PeerWeeks { get; init; } = 8;

    /// <summary>Named peer groups (user Ids, usernames or emails); without one, peers are the rep's manager's other reports.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PeerGroups { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
