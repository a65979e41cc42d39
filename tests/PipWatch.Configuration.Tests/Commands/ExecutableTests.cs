using System.Diagnostics;
using PipWatch.Configuration.Tests.Infrastructure;
using PipWatch.Testing;

namespace PipWatch.Configuration.Tests.Commands;

/// <summary>The built pipwatch program, run as a separate process the way ops run it.</summary>
public sealed class ExecutableTests
{
    private static readonly string s_pipwatchDll = Path.Combine(AppContext.BaseDirectory, "pipwatch.dll");

    [Fact]
    public async Task Pipwatch_Help_And_Version_Work()
    {
        var help = await RunAsync("--help");
        var version = await RunAsync("--version");

        help.ExitCode.ShouldBe(0, help.Error);
        help.Output.ShouldContain("validate");
        version.ExitCode.ShouldBe(0, version.Error);
        version.Output.Trim().ShouldStartWith(typeof(global::PipWatch.Commands.Cli).Assembly.GetName().Version!.ToString(3));
    }

    [Fact]
    public async Task Pipwatch_Validate_Shipped_Config_Exits_Zero()
    {
        var run = await RunAsync("validate", "--config", RepositoryPaths.ConfigDirectory);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.Trim().ShouldBe("pipwatch.yaml valid; 3 PIP files valid, 0 invalid");
    }

    [Fact]
    public async Task Pipwatch_Validate_Broken_Config_Exits_Two_Naming_File_Key_And_Line()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var file = dir.Write("pipwatch.yaml", SampleConfig.Salesforce + "schedules:\n  poll_cron: every half hour\n" + SampleConfig.Metrics);

        var run = await RunAsync("validate", "--config", dir.Path);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Output.ShouldContain($"{file}:{SampleConfig.SalesforceLines + 2}: schedules.poll_cron: 'every half hour' is not a cron schedule");
    }

    private static async Task<CliRun> RunAsync(params string[] args)
    {
        File.Exists(s_pipwatchDll).ShouldBeTrue($"the built program is missing: {s_pipwatchDll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(s_pipwatchDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The child must see only the configuration it is given, not overrides from the test environment.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PIPWATCH", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
