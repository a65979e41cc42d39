using PipWatch.Configuration.Tests.Infrastructure;
using PipWatch.Testing;

namespace PipWatch.Configuration.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_Shipped_Config_Exits_Zero_With_Summary()
    {
        var run = await CliRun.ValidateAsync(RepositoryPaths.ConfigDirectory);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.OutputLines.ShouldBe(["pipwatch.yaml valid; 3 PIP files valid, 0 invalid"]);
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Validate_Missing_Directory_Is_A_Runtime_Failure()
    {
        var missing = Path.Combine(Path.GetTempPath(), "pipwatch-config-tests", "does-not-exist");

        var run = await CliRun.ValidateAsync(missing);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"the configuration directory {missing} does not exist");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Validate_Without_Config_Option_Uses_PIPWATCH_CONFIG()
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var run = await CliRun.InvokeAsync(new Dictionary<string, string?> { ["PIPWATCH_CONFIG"] = dir.Path }, "validate");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.OutputLines.ShouldBe(["pipwatch.yaml valid; 1 PIP file valid, 0 invalid"]);
    }

    [Fact]
    public async Task Validate_Config_Option_Wins_Over_PIPWATCH_CONFIG()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var environment = new Dictionary<string, string?> { ["PIPWATCH_CONFIG"] = Path.Combine(dir.Path, "nowhere") };

        var run = await CliRun.InvokeAsync(environment, "validate", "--config", dir.Path);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
    }

    [Fact]
    public async Task Validate_Missing_Settings_File_Exits_Two()
    {
        using var dir = new TempConfigDirectory();

        var run = await CliRun.ValidateAsync(dir.Path);

        run.ExitCode.ShouldBe(2);
        run.OutputLines[0].ShouldBe($"{dir.FileOf("pipwatch.yaml")}: the file is missing: every installation needs one (start from the pipwatch.yaml shipped in config/)");
        run.OutputLines[^1].ShouldBe("pipwatch.yaml invalid (1 problem, nothing can run until it is fixed); 0 PIP files valid, 0 invalid");
    }

    [Fact]
    public async Task Validate_Reports_Every_Problem_Not_Just_The_First()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pipwatch.yaml", SampleConfig.Salesforce + "thresholds:\n  at_risk_pace: 2\n  hysteresis: x\n  grace_working_days: 99\n" + SampleConfig.Metrics);

        var run = await CliRun.ValidateAsync(dir.Path);

        run.ExitCode.ShouldBe(2);
        run.OutputLines.Count(l => l.Contains(": thresholds.", StringComparison.Ordinal)).ShouldBe(3);
        run.OutputLines[^1].ShouldStartWith("pipwatch.yaml invalid (3 problems");
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("validate", "--config")]
    [InlineData("validate", "--no-such-option")]
    public async Task Wrong_Usage_Exits_Two(params string[] args)
    {
        var run = await CliRun.InvokeAsync(null, args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("pipwatch --help");
    }

    [Fact]
    public async Task Help_Lists_The_Commands()
    {
        var run = await CliRun.InvokeAsync(null, "--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("validate");
        run.Output.ShouldContain("--version");
    }

    [Fact]
    public async Task Validate_Help_Documents_The_Exit_Codes_And_Options()
    {
        var run = await CliRun.InvokeAsync(null, "validate", "--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("--config <DIR>");
        run.Output.ShouldContain("--check-secrets");
        run.Output.ShouldContain("Exit 0 when all is valid, 2 when anything is not, 1 when the files cannot be read");
    }
}
