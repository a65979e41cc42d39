using PipWatch.Configuration.Tests.Infrastructure;

namespace PipWatch.Configuration.Tests.Loading;

public sealed class InvalidConfigurationTests
{
    [Fact]
    public void Table_Has_At_Least_Thirty_Cases() => InvalidConfigurationCases.All.Count.ShouldBeGreaterThanOrEqualTo(30);

    [Theory]
    [MemberData(nameof(InvalidConfigurationCases.Names), MemberType = typeof(InvalidConfigurationCases))]
    public async Task Validate_Reports_File_Key_And_Line(string caseName)
    {
        // Arrange
        var @case = InvalidConfigurationCases.All[caseName];
        using var dir = TempConfigDirectory.WithValidBase();
        var file = dir.Write(@case.File, @case.Content);

        // Act
        var run = await CliRun.ValidateAsync(dir.Path);

        // Assert
        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        var prefix = @case.KeyPath.Length == 0 ? $"{file}:{@case.Line}: " : $"{file}:{@case.Line}: {@case.KeyPath}: ";
        var reported = run.OutputLines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        reported.ShouldNotBeEmpty($"expected a line starting '{prefix}' in:\n{run.Output}");
        reported.ShouldContain(l => l.Contains(@case.MessageFragment, StringComparison.Ordinal), $"expected '{@case.MessageFragment}' in:\n{run.Output}");
        if (@case.IsPipCase)
        {
            run.OutputLines[^1].ShouldBe("pipwatch.yaml valid; 1 PIP file valid, 1 invalid");
        }
        else
        {
            run.OutputLines[^1].ShouldStartWith("pipwatch.yaml invalid (");
        }
    }
}
