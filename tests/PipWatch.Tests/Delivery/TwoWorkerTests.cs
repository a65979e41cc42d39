using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Hosting;
using PipWatch.Storage.Notifications;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Delivery;

/// <summary>
/// Two pipwatch processes running the same cycle at the same moment on one PostgreSQL database, one Salesforce org and
/// one mail server: every email is created once and delivered exactly once.
/// </summary>
public sealed partial class TwoWorkerTests
{
    private const string Zone = "America/Chicago";
    private const int Teams = 3;
    private const int RepsPerTeam = 2;
    private const int Waiting = 120;

    [Fact]
    public async Task Two_Workers_At_Once_On_One_Database_Deliver_Every_Email_Exactly_Once()
    {
        // Arrange: three managers with two reps each, every plan starting today (the org served over HTTPS, as the
        // process's configuration requires), and a slow mail server.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Postgres, cancellationToken, https: true);
        world.Smtp.DataDelay = TimeSpan.FromMilliseconds(25);
        var start = new DateOnly(2026, 10, 5);
        for (var team = 1; team <= Teams; team++)
        {
            var manager = world.Org.AddUser($"Manager {team}", timeZone: Zone);
            for (var member = 1; member <= RepsPerTeam; member++)
            {
                var rep = world.Org.AddUser($"Rep {team}{member}", managerId: manager.Id, timeZone: Zone);
                world.WritePip($"e2e-rep-{team}{member}", (string)rep["Email"]!, start, start.AddDays(53));
                world.Org.AddTask(rep.Id, start);
            }
        }

        var instant = OrgBuilder.At(Zone, 2026, 10, 5, 8, 10);
        var asOf = instant.ToString("O", CultureInfo.InvariantCulture);
        var args = new[] { "--config", world.ConfigDirectory };
        using (var migrate = await PipwatchProcess.RunAsync(world.Folder, world.ChildEnvironment(), TimeSpan.FromSeconds(60), cancellationToken, ["migrate", .. args]))
        {
            migrate.ExitCode.ShouldBe(0, migrate.Describe());
        }

        // More mail already waiting than one delivery batch holds, so both workers have sending to share.
        await using var services = await world.BuildServicesAsync(new FixedClock(instant), cancellationToken);
        var waiting = await OutboxSeed.EnqueueAsync(services.GetRequiredService<NotificationOutbox>(), Waiting, instant.AddHours(-1), cancellationToken);

        // Act
        using var first = PipwatchProcess.Start(world.Folder, world.ChildEnvironment(), ["run-once", .. args, "--as-of", asOf]);
        using var second = PipwatchProcess.Start(world.Folder, world.ChildEnvironment(), ["run-once", .. args, "--as-of", asOf]);
        await Task.WhenAll(first.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken), second.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken));

        // Assert: the waiting mail, each rep's kickoff, each manager's kickoff per rep and one digest per manager,
        // each received once.
        first.ExitCode.ShouldBe(0, first.Describe());
        second.ExitCode.ShouldBe(0, second.Describe());
        const int planned = (Teams * RepsPerTeam * 2) + Teams;
        const int expected = Waiting + planned;
        var received = world.Smtp.Messages.ToList();
        received.GroupBy(m => m.MessageId()).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("delivered more than once");
        received.Count.ShouldBe(expected);
        waiting.ShouldBeSubsetOf(received.Select(m => m.MessageId()));
        received.Count(m => m.Kind() == "manager_digest").ShouldBe(Teams);
        received.Count(m => m.Kind() == "manager_kickoff").ShouldBe(Teams * RepsPerTeam);
        received.Count(m => m.Kind() == "rep_kickoff").ShouldBe(Teams * RepsPerTeam);
        (Created(first) + Created(second)).ShouldBe(planned, first.Output + second.Output);
        (Sent(first) + Sent(second)).ShouldBe(expected, first.Output + second.Output);
        var counts = await services.GetRequiredService<NotificationQueries>().CountByStatusAsync(cancellationToken);
        counts.GetValueOrDefault(NotificationStatus.Sent).ShouldBe(expected);
        counts.Values.Sum().ShouldBe(expected);
        TestContext.Current.TestOutputHelper?.WriteLine($"first:\n{first.Output}\nsecond:\n{second.Output}");
    }

    /// <summary>The "Delivery: N sent" figure of a run-once summary.</summary>
    private static int Sent(PipwatchProcess process) => Figure(DeliveryLine(), process);

    /// <summary>The "N new in the outbox" figure of a run-once summary.</summary>
    private static int Created(PipwatchProcess process) => Figure(PlannedLine(), process);

    private static int Figure(Regex line, PipwatchProcess process) =>
        line.Match(process.Output) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new ShouldAssertException($"the summary lacks {line}:\n{process.Describe()}");

    [GeneratedRegex(@"^Delivery: (\d+) sent", RegexOptions.Multiline)]
    private static partial Regex DeliveryLine();

    [GeneratedRegex(@"^Planned: +\d+ due, (\d+) new in the outbox", RegexOptions.Multiline)]
    private static partial Regex PlannedLine();
}
