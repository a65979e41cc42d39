using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Hosting;

/// <summary>
/// The console logs of the built program: JSON lines with a UTC timestamp in a container, one readable line per event
/// on a terminal, and on standard error for a command whose standard output is its result.
/// </summary>
public sealed partial class LoggingSetupTests
{
    private const string PipId = "logging-unknown-rep";

    [Fact]
    public async Task In_A_Container_Every_Log_Event_Is_A_Json_Line_On_Standard_Error()
    {
        // Arrange: a plan whose rep the org does not know, which the people lookup logs as a warning.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await StartAsync(cancellationToken);
        var environment = world.ChildEnvironment();
        environment["PIPWATCH_CONTAINER"] = "true";

        // Act
        using var status = await RunStatusAsync(world, environment, cancellationToken);

        // Assert
        status.ExitCode.ShouldBe(0, status.Describe());
        var lines = Lines(status.Error);
        lines.ShouldNotBeEmpty(status.Describe());
        var events = lines.Select(line => Parse(line, status)).ToList();
        var warning = events.ShouldHaveSingleItem(status.Describe());
        warning.GetProperty("LogLevel").GetString().ShouldBe("Warning");
        warning.GetProperty("Category").GetString().ShouldBe("PipWatch.Pipeline.PlanResolver");
        warning.GetProperty("Message").GetString().ShouldStartWith($"PIP {PipId} (");
        warning.GetProperty("State").GetProperty("PipId").GetString().ShouldBe(PipId);
        var timestamp = warning.GetProperty("Timestamp").GetString()!;
        DateTimeOffset.ParseExact(timestamp, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            .ShouldBeGreaterThan(DateTimeOffset.UnixEpoch);
        JsonDocument.Parse(status.Output).Dispose();
    }

    [Fact]
    public async Task On_A_Terminal_Each_Log_Event_Is_One_Readable_Line_On_Standard_Error()
    {
        // Arrange: the same warning, with nothing saying this is a container (even if the test runs in one).
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await StartAsync(cancellationToken);
        var environment = world.ChildEnvironment();
        environment["DOTNET_RUNNING_IN_CONTAINER"] = "false";

        // Act
        using var status = await RunStatusAsync(world, environment, cancellationToken);

        // Assert: "08:05:00 warn: Category[event] message", no JSON and no colour codes when redirected.
        status.ExitCode.ShouldBe(0, status.Describe());
        var line = Lines(status.Error).ShouldHaveSingleItem(status.Describe());
        ReadableLine().IsMatch(line).ShouldBeTrue(line);
        line.ShouldContain($"PIP {PipId} (");
        line.ShouldNotContain("\u001b[");
        JsonDocument.Parse(status.Output).Dispose();
    }

    private static async Task<PipelineWorld> StartAsync(CancellationToken cancellationToken)
    {
        var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken, https: true);
        world.WritePip(PipId, "nobody.here@acme.example", new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13));
        return world;
    }

    private static Task<PipwatchProcess> RunStatusAsync(PipelineWorld world, IDictionary<string, string?> environment, CancellationToken cancellationToken) =>
        PipwatchProcess.RunAsync(world.Folder, environment, TimeSpan.FromSeconds(60), cancellationToken,
            "status", "--config", world.ConfigDirectory, "--as-of", "2026-10-08T12:00:00Z", "--format", "json");

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static JsonElement Parse(string line, PipwatchProcess process)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new ShouldAssertException($"not a JSON line: {line}\n{process.Describe()}");
        }
    }

    [GeneratedRegex(@"^\d\d:\d\d:\d\d warn: PipWatch\.Pipeline\.PlanResolver\[1\] ")]
    private static partial Regex ReadableLine();
}
