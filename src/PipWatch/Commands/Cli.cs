using System.CommandLine;

namespace PipWatch.Commands;

/// <summary>Runs the pipwatch command line with the given output and environment (Program passes the real ones, tests their own).</summary>
public static class Cli
{
    public static async Task<int> InvokeAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken = default)
    {
        var root = PipWatchRootCommand.Create(new CliContext(environment));
        var parseResult = root.Parse(args);

        // Wrong usage is wrong input: exit 2 like an invalid configuration, not 1 like a failure.
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync("Run 'pipwatch --help' to see the commands and their options.");
            return ExitCodes.InvalidInput;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }
}
