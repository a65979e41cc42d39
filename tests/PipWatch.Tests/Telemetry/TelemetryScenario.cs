using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Telemetry;

/// <summary>
/// One rep on a plan that starts on Monday 5 October 2026, a manager, and some activity on the day; the clock stands
/// just after the digest time, so a cycle polls real values and sends both kickoffs and the first digest.
/// </summary>
public static class TelemetryScenario
{
    public const string Zone = "America/New_York";
    public const string PipId = "otel-dana-reyes";

    public static DateTimeOffset Now { get; } = OrgBuilder.At(Zone, 2026, 10, 5, 8, 5);

    /// <summary>What must never appear in a span or a label: the people's names, addresses and user Ids.</summary>
    public static IReadOnlyList<string> Arrange(PipelineWorld world)
    {
        var start = new DateOnly(2026, 10, 5);
        var manager = world.Org.AddUser("Morgan Hale", timeZone: Zone);
        var rep = world.Org.AddUser("Dana Reyes", managerId: manager.Id, timeZone: Zone);
        world.WritePip(PipId, (string)rep["Email"]!, start, new DateOnly(2026, 11, 13));
        for (var i = 0; i < 4; i++)
        {
            world.Org.AddTask(rep.Id, start);
        }

        world.Org.AddOpportunity(rep.Id, OrgBuilder.At(Zone, 2026, 10, 5, 7, 30), 5000, new DateOnly(2026, 11, 13));
        return ["Morgan", "Hale", "Dana", "Reyes", (string)manager["Email"]!, (string)rep["Email"]!, manager.Id, rep.Id];
    }
}
