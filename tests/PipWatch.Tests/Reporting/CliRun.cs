using System.Globalization;
using PipWatch.Commands;

namespace PipWatch.Tests.Reporting;

/// <summary>One in-process run of the pipwatch command line: its exit code and what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(
        IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await Cli.InvokeAsync(args, output, error, environment, cancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The lines written to standard output (the report prints one path per file).</summary>
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Describe() => $"exit {ExitCode}\nstdout: {Output}\nstderr: {Error}";
}
