using System.Globalization;
using System.Text.Json;
using PipWatch.Commands;
using PipWatch.Simulation;
using PipWatch.Testing;
using PipWatch.Tests.Pipeline.Support;
using static PipWatch.Tests.Simulation.SimulationHistory;

namespace PipWatch.Tests.Simulation;

/// <summary>
/// <c>pipwatch simulate</c> as a command: wrong input exits 2 with what is wrong, an unreachable org exits 1, and
/// the built program prints the documented JSON on standard output and its progress on standard error.
/// </summary>
public sealed class SimulateCommandTests
{
    private static readonly string[] ReportKeys =
    [
        "from", "to", "weeks_start_on", "replayed_from", "replayed_to", "salesforce_api_calls", "plans", "total", "by_kind",
        "by_week", "by_recipient", "at_risk_by_manager", "at_risk_warnings",
    ];

    private static readonly string[] WarningKeys =
    [
        "day", "week_start", "at", "pip_id", "rep", "manager", "manager_address", "recipients", "target", "metric",
        "previous_status", "status", "worsening", "reason", "actual", "expected", "goal", "pace", "projection", "required_daily_rate",
    ];

    [Theory]
    [InlineData("--from 2026-10-12 --to 2026-10-11", "--from 2026-10-12 is after --to 2026-10-11")]
    [InlineData("--from 2026-13-01 --to 2026-10-11", "--from '2026-13-01' is not a date; write it like 2026-10-05.")]
    [InlineData("--from 2026-10-01 --to 11/10/2026", "--to '11/10/2026' is not a date")]
    [InlineData("--from 2024-01-01 --to 2026-01-01", "spans 732 days; simulate at most 366 days at a time")]
    [InlineData("--from 2099-01-01 --to 2099-01-31", "--to 2099-01-31 is after today")]
    [InlineData("--to 2026-10-11", "--from")]
    [InlineData("--from 2026-10-01 --to 2026-10-11 --format xml", "xml")]
    public async Task Simulate_Wrong_Input_Exits_Two_And_Says_What_Is_Wrong(string arguments, string message)
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        Seed(world);

        // Act
        var run = await InvokeAsync(world.Environment, ["simulate", "--config", world.ConfigDirectory, .. arguments.Split(' ')], cancellationToken);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.Error);
        run.Error.ShouldContain(message);
        run.Output.ShouldBeEmpty();
        world.Salesforce.ApiRequestCount.ShouldBe(0);
    }

    [Fact]
    public async Task Simulate_With_An_Invalid_Configuration_Exits_Two_And_Names_The_File_And_Key()
    {
        // Arrange
        using var folder = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(folder.Path, "pips"));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "pipwatch.yaml"), "thresholds:\n  at_risk_pace: often\n", TestContext.Current.CancellationToken);

        // Act
        var run = await InvokeAsync(new Dictionary<string, string?>(), ["simulate", "--config", folder.Path, "--from", "2026-10-01", "--to", "2026-10-31"], TestContext.Current.CancellationToken);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.Error);
        run.Error.ShouldContain("pipwatch.yaml");
        run.Error.ShouldContain("at_risk_pace");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Simulate_Exits_One_With_A_Clear_Message_When_Salesforce_Cannot_Be_Reached()
    {
        // Arrange: nothing listens where the configuration says Salesforce is.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        Seed(world);
        var settingsFile = Path.Combine(world.ConfigDirectory, "pipwatch.yaml");
        var yaml = await File.ReadAllTextAsync(settingsFile, cancellationToken);
        await File.WriteAllTextAsync(settingsFile, yaml.Replace("https://login.salesforce.com", $"https://127.0.0.1:{ClosedPort()}", StringComparison.Ordinal), cancellationToken);

        // Act
        var run = await InvokeAsync(world.Environment, ["simulate", "--config", world.ConfigDirectory, "--from", "2026-10-12", "--to", "2026-10-18"], cancellationToken);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.RuntimeFailure, run.Error);
        run.Error.ShouldContain("pipwatch simulate: the plans' history could not be read from Salesforce:");
        run.Output.ShouldBeEmpty();
        world.Smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Pipwatch_Simulate_Prints_The_Documented_Json_And_Its_Progress_And_Leaves_No_Database_Behind()
    {
        // Arrange: the built program against the fake org over HTTPS, with its own temp folder to look into after,
        // and a broken plan file beside the good ones.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken, https: true);
        Seed(world);
        File.WriteAllText(Path.Combine(world.PipsDirectory, "broken.yaml"), "id: sim-broken\nrep: nobody@acme.example\nstart: 2026-10-05\n");
        using var temp = new TempDirectory();
        var environment = world.ChildEnvironment();
        environment["TMPDIR"] = temp.Path;

        // Act
        using var run = await PipwatchProcess.RunAsync(
            world.Folder, environment, TimeSpan.FromMinutes(2), cancellationToken,
            "simulate", "--config", world.ConfigDirectory, "--from", "2026-10-12", "--to", "2026-11-15", "--format", "json");

        // Assert: stable keys, every kind counted, the figures of the known history.
        run.ExitCode.ShouldBe(0, run.Describe());
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Keys(root).ShouldBe(ReportKeys);
        root.GetProperty("from").GetString().ShouldBe("2026-10-12");
        root.GetProperty("weeks_start_on").GetString().ShouldBe("monday");
        root.GetProperty("total").GetInt32().ShouldBe(49);
        root.GetProperty("salesforce_api_calls").GetInt32().ShouldBe(3);
        Keys(root.GetProperty("by_kind")).ShouldBe(SimulationReport.Kinds);
        root.GetProperty("by_kind").GetProperty("at_risk_warning").GetInt32().ShouldBe(3);
        var week = root.GetProperty("by_week")[1];
        Keys(week).ShouldBe(["week_start", "days", "total", "by_kind"]);
        (week.GetProperty("week_start").GetString(), week.GetProperty("days").GetInt32(), week.GetProperty("total").GetInt32()).ShouldBe(("2026-10-19", 7, 11));
        var reader = root.GetProperty("by_recipient")[0];
        Keys(reader).ShouldBe(["address", "name", "total", "by_kind"]);
        reader.GetProperty("address").GetString().ShouldBe(ManagerEmail);
        var manager = root.GetProperty("at_risk_by_manager").EnumerateArray().ShouldHaveSingleItem();
        Keys(manager).ShouldBe(["manager", "address", "total", "max_per_week", "weeks"]);
        manager.GetProperty("max_per_week").GetInt32().ShouldBe(2);
        manager.GetProperty("weeks").EnumerateArray().Select(w => w.GetProperty("count").GetInt32()).ShouldBe([0, 2, 0, 0, 1]);
        var warnings = root.GetProperty("at_risk_warnings").EnumerateArray().ToList();
        warnings.Count.ShouldBe(3);
        warnings.ShouldAllBe(w => Keys(w).SequenceEqual(WarningKeys));
        (warnings[0].GetProperty("status").GetString(), warnings[0].GetProperty("reason").GetString(), warnings[0].GetProperty("pace").GetDouble())
            .ShouldBe(("at_risk", "pace_below", 0.8));
        Keys(root.GetProperty("plans")[0]).ShouldBe(["pip_id", "rep", "manager", "problems"]);

        // Assert: progress and the plan file left out went to standard error, a line per simulated week; nothing
        // sent; no database left.
        run.Error.ShouldMatch(@"(?m)^\s*\d+ %  2026-10-19  9 emails so far$");
        run.Error.ShouldContain("pipwatch simulate: plan file left out: ");
        run.Error.ShouldContain("broken.yaml");
        root.GetProperty("plans").GetArrayLength().ShouldBe(2);
        world.Smtp.Messages.ShouldBeEmpty();
        Directory.EnumerateFileSystemEntries(temp.Path, "pipwatch-simulate-*").ShouldBeEmpty();
        File.Exists(world.SqlitePath).ShouldBeFalse();
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(
        IReadOnlyDictionary<string, string?> environment, string[] args, CancellationToken cancellationToken)
    {
        await using var output = new StringWriter(CultureInfo.InvariantCulture);
        await using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await Cli.InvokeAsync(args, output, error, environment, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static List<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
