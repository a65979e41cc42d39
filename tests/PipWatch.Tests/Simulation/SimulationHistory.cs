using PipWatch.Configuration.Loading;
using PipWatch.Hosting;
using PipWatch.Simulation;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Simulation;

/// <summary>
/// The known history the simulation tests replay: a manager in New York with two reps on six-week plans from Monday
/// 2026-10-05 to Friday 2026-11-13 (50 calls a week, one opportunity in total, both created in the first week).
/// Dana Reyes makes 12 calls every working day. Sam Ortiz makes 12 a day for two weeks; in the third week 8 on
/// Monday, 2 on Tuesday and 8 a day after; 5 a day in the fourth; back to 12 a day in the fifth; none in the sixth.
/// </summary>
public static class SimulationHistory
{
    public const string Zone = "America/New_York";
    public const string SteadyPip = "sim-dana-reyes";
    public const string DecliningPip = "sim-sam-ortiz";
    public const string ManagerEmail = "morgan.hale@acme.example";
    public const string SteadyEmail = "dana.reyes@acme.example";
    public const string DecliningEmail = "sam.ortiz@acme.example";

    public static readonly DateOnly Start = new(2026, 10, 5);
    public static readonly DateOnly End = new(2026, 11, 13);

    /// <summary>Long after the plans: the history is complete by then.</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    public static void Seed(PipelineWorld world)
    {
        var manager = world.Org.AddUser("Morgan Hale", timeZone: Zone);
        var steady = world.Org.AddUser("Dana Reyes", managerId: manager.Id, timeZone: Zone);
        var declining = world.Org.AddUser("Sam Ortiz", managerId: manager.Id, timeZone: Zone);
        world.WritePip(SteadyPip, SteadyEmail, Start, End, weeklyCalls: 50, totalOpportunities: 1);
        world.WritePip(DecliningPip, DecliningEmail, Start, End, weeklyCalls: 50, totalOpportunities: 1);
        int[][] decliningCalls = [[12, 12, 12, 12, 12], [12, 12, 12, 12, 12], [8, 2, 8, 8, 8], [5, 5, 5, 5, 5], [12, 12, 12, 12, 12], [0, 0, 0, 0, 0]];
        for (var week = 0; week < 6; week++)
        {
            for (var weekday = 0; weekday < 5; weekday++)
            {
                var day = Start.AddDays((week * 7) + weekday);
                AddCalls(world.Org, steady.Id, day, 12);
                AddCalls(world.Org, declining.Id, day, decliningCalls[week][weekday]);
            }
        }

        world.Org.AddOpportunity(steady.Id, OrgBuilder.At(Zone, 2026, 10, 6, 11, 0), 5000, End);
        world.Org.AddOpportunity(declining.Id, OrgBuilder.At(Zone, 2026, 10, 7, 11, 0), 5000, End);
    }

    /// <summary>The request the command would make on this world's configuration, pointed at the fake org over loopback.</summary>
    public static SimulationRequest Request(PipelineWorld world, DateOnly from, DateOnly to, string? workRoot = null)
    {
        var loaded = ConfigurationLoader.Load(world.ConfigDirectory, world.Environment);
        var settings = loaded.Settings!;
        return new SimulationRequest
        {
            Settings = settings with { Salesforce = settings.Salesforce with { LoginUrl = world.Salesforce.LoginUrl } },
            Pips = loaded.Pips,
            ConfigDirectory = world.ConfigDirectory,
            Environment = world.Environment,
            From = from,
            To = to,
            Time = new FixedClock(Today),
            WorkRoot = workRoot,
        };
    }

    private static void AddCalls(FakeOrg org, string ownerId, DateOnly day, int count)
    {
        for (var i = 0; i < count; i++)
        {
            org.AddTask(ownerId, day);
        }
    }
}
