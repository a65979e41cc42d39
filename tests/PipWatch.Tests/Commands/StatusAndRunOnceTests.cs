using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Commands;
using PipWatch.Hosting;
using PipWatch.Storage.Notifications;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Commands;

/// <summary>
/// <c>pipwatch run-once</c>'s summary and <c>pipwatch status</c>'s table and documented JSON: through
/// <see cref="Cli.InvokeAsync"/>, and as the built program against the fake org (whose HTTPS only a child process
/// can be told to trust).
/// </summary>
public sealed class StatusAndRunOnceTests
{
    private const string Zone = "America/New_York";
    private const string PipId = "e2e-dana-reyes";

    private static readonly string[] PlanKeys =
        ["pip_id", "rep", "manager", "status", "phase", "start", "end", "working_days_left", "data_as_of", "stale", "targets"];

    private static readonly string[] TargetKeys =
        ["id", "metric", "kind", "must_have", "goal", "actual", "expected", "pace", "projection", "required_daily_rate", "status", "reason"];

    [Fact]
    public async Task RunOnce_Then_Status_Json_Report_The_Plan_With_Stable_Keys_And_The_Figures()
    {
        // Arrange: Monday to Wednesday of calls and three opportunities, read on Thursday morning.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken, https: true);
        var manager = world.Org.AddUser("Morgan Hale", timeZone: Zone);
        var rep = world.Org.AddUser("Dana Reyes", managerId: manager.Id, timeZone: Zone);
        world.WritePip(PipId, (string)rep["Email"]!, new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13));
        foreach (var (day, count) in new[] { (5, 12), (6, 9), (7, 11) })
        {
            for (var i = 0; i < count; i++)
            {
                world.Org.AddTask(rep.Id, new DateOnly(2026, 10, day));
            }
        }

        foreach (var hour in new[] { 10, 13, 15 })
        {
            world.Org.AddOpportunity(rep.Id, OrgBuilder.At(Zone, 2026, 10, 6, hour, 0), 5000, new DateOnly(2026, 11, 13));
        }

        // A broken plan file beside it is reported, and must not spoil the JSON on standard output.
        File.WriteAllText(Path.Combine(world.PipsDirectory, "broken.yaml"), "id: e2e-broken\nrep: nobody@acme.example\nstart: 2026-10-05\n");
        var asOf = OrgBuilder.At(Zone, 2026, 10, 8, 8, 5).ToString("O", CultureInfo.InvariantCulture);

        // Act
        using var runOnce = await RunAsync(world, cancellationToken, "run-once", "--config", world.ConfigDirectory, "--as-of", asOf);
        using var json = await RunAsync(world, cancellationToken, "status", "--config", world.ConfigDirectory, "--as-of", asOf, "--format", "json");
        using var table = await RunAsync(world, cancellationToken, "status", "--config", world.ConfigDirectory, "--as-of", asOf);

        // Assert: the summary names what each step did.
        runOnce.ExitCode.ShouldBe(0, runOnce.Describe());
        var summary = runOnce.Output;
        summary.ShouldMatch(@"(?m)^Poll:\s+Succeeded, 1 reps, \d+ daily values, \d+ API calls$");
        summary.ShouldMatch(@"(?m)^Planned:\s+1 due, 1 new in the outbox$");
        summary.ShouldMatch(@"(?m)^\s+ManagerDigest: 1$");
        summary.ShouldMatch(@"(?m)^Delivery: 1 sent, 0 to retry, 0 failed, 0 expired$");
        world.Smtp.Messages.ShouldHaveSingleItem().Kind().ShouldBe("manager_digest");

        // Assert: the JSON keeps its documented keys, and carries the figures.
        json.ExitCode.ShouldBe(0, json.Describe());
        json.Error.ShouldContain("broken.yaml", Case.Insensitive, json.Describe());
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        Keys(root).ShouldBe(["as_of", "plans"]);
        root.GetProperty("as_of").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse(asOf, CultureInfo.InvariantCulture));
        var plan = root.GetProperty("plans").EnumerateArray().ShouldHaveSingleItem();
        Keys(plan).ShouldBe(PlanKeys);
        plan.GetProperty("pip_id").GetString().ShouldBe(PipId);
        plan.GetProperty("rep").GetString().ShouldBe("Dana Reyes");
        plan.GetProperty("manager").GetString().ShouldBe("Morgan Hale");
        plan.GetProperty("status").GetString().ShouldBe("on_track");
        plan.GetProperty("start").GetString().ShouldBe("2026-10-05");
        plan.GetProperty("working_days_left").GetInt32().ShouldBe(27);
        plan.GetProperty("stale").GetBoolean().ShouldBeFalse();
        var targets = plan.GetProperty("targets").EnumerateArray().ToList();
        targets.ShouldAllBe(t => Keys(t).SequenceEqual(TargetKeys));
        var calls = targets.Single(t => t.GetProperty("metric").GetString() == "calls");
        calls.GetProperty("kind").GetString().ShouldBe("weekly");
        calls.GetProperty("goal").GetDouble().ShouldBe(50);
        calls.GetProperty("actual").GetDouble().ShouldBe(32);
        calls.GetProperty("expected").GetDouble().ShouldBe(30);
        calls.GetProperty("status").GetString().ShouldBe("on_track");
        targets.Single(t => t.GetProperty("metric").GetString() == "opps_created").GetProperty("actual").GetDouble().ShouldBe(3);

        // Assert: the table shows the same plan.
        table.ExitCode.ShouldBe(0, table.Describe());
        table.Output.ShouldContain("As of 2026-10-08 12:05 UTC: 1 plan(s)");
        table.Output.ShouldMatch(@$"(?m)^{PipId}\s+Dana Reyes\s+on_track");
        table.Output.ShouldMatch(@"(?m)^\s+calls\S*\s+32\s+50\s+30\s");
    }

    [Fact]
    public async Task Cli_RunOnce_Delivers_The_Outbox_And_Prints_A_Summary_And_Status_Json_Lists_No_Plan_Out_Of_Scope()
    {
        // Arrange: no plan in scope, two notes waiting in the outbox.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        var asOf = new DateTimeOffset(2026, 10, 8, 12, 0, 0, TimeSpan.Zero);
        await using (var services = await world.BuildServicesAsync(new FixedClock(asOf), cancellationToken))
        {
            await OutboxSeed.EnqueueAsync(services.GetRequiredService<NotificationOutbox>(), 2, asOf, cancellationToken);
        }

        // Act
        var runOnce = await InvokeAsync(world, cancellationToken, "run-once", "--config", world.ConfigDirectory, "--as-of", "2026-10-08T12:01:00Z");
        var status = await InvokeAsync(world, cancellationToken, "status", "--config", world.ConfigDirectory, "--as-of", "2026-10-08T12:01:00Z", "--format", "json");

        // Assert
        runOnce.ExitCode.ShouldBe(0, runOnce.Error);
        runOnce.Output.ShouldBe(
            string.Join(
                Environment.NewLine,
                "Poll:     Succeeded, 0 reps, 0 daily values, 0 API calls",
                "Planned:  0 due, 0 new in the outbox",
                "Delivery: 2 sent, 0 to retry, 0 failed, 0 expired",
                ""));
        world.Smtp.Messages.Count.ShouldBe(2);
        status.ExitCode.ShouldBe(0, status.Error);
        using var document = JsonDocument.Parse(status.Output);
        Keys(document.RootElement).ShouldBe(["as_of", "plans"]);
        document.RootElement.GetProperty("as_of").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 10, 8, 12, 1, 0, TimeSpan.Zero));
        document.RootElement.GetProperty("plans").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("status", "--format", "xml")]
    [InlineData("run-once", "--as-of", "next tuesday")]
    [InlineData("status", "--as-of", "2026-13-01T00:00:00Z")]
    public async Task Cli_Wrong_Usage_Exits_Two_And_Says_What_Is_Wrong(string command, string option, string value)
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);

        // Act
        var run = await InvokeAsync(world, cancellationToken, command, option, value, "--config", world.ConfigDirectory);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.Output + run.Error);
        run.Error.ShouldContain(value);
        run.Output.ShouldBeEmpty();
    }

    private static async Task<PipwatchProcess> RunAsync(PipelineWorld world, CancellationToken cancellationToken, params string[] args) =>
        await PipwatchProcess.RunAsync(world.Folder, world.ChildEnvironment(), TimeSpan.FromSeconds(60), cancellationToken, args);

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(PipelineWorld world, CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await Cli.InvokeAsync(args, output, error, world.Environment, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static List<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
