using PipWatch.Commands;

namespace PipWatch.Configuration.Tests.Infrastructure;

/// <summary>The outcome of one in-process run of the pipwatch command.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<CliRun> InvokeAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Cli.InvokeAsync(args, output, error, environment ?? new Dictionary<string, string?>(), TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliRun> ValidateAsync(string configDirectory, IReadOnlyDictionary<string, string?>? environment = null) =>
        InvokeAsync(environment, "validate", "--config", configDirectory);
}
