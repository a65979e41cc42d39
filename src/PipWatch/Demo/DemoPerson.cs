using PipWatch.Salesforce.Users;

namespace PipWatch.Demo;

/// <summary>A demo org user with what the data generator needs to know about them.</summary>
/// <param name="Team">The team's name, e.g. "SDR East"; the reps of one manager form one team.</param>
/// <param name="Level">How a rep usually performs against the team's typical figures (1 is typical); not used for others.</param>
public sealed record DemoPerson(SalesforceUser User, DemoRole Role, string Team, double Level)
{
    public string Id => User.Id;

    public bool IsRep => Role is DemoRole.Sdr or DemoRole.AccountExecutive;
}
