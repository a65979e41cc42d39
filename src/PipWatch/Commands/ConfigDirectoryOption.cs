using System.CommandLine;

namespace PipWatch.Commands;

/// <summary>The <c>--config DIR</c> option that every command reading the configuration shares.</summary>
public static class ConfigDirectoryOption
{
    public const string EnvironmentVariable = "PIPWATCH_CONFIG";
    public const string DefaultDirectory = "config";

    public static Option<string?> Create() => new("--config", "-c")
    {
        Description = $"The configuration directory (pipwatch.yaml, pips/, templates/). Default: ${EnvironmentVariable}, else ./{DefaultDirectory}",
        HelpName = "DIR",
    };

    /// <summary>The option's value, else <c>PIPWATCH_CONFIG</c>, else <c>./config</c>.</summary>
    public static string Resolve(ParseResult parseResult, Option<string?> option, CliContext context) =>
        parseResult.GetValue(option) is { Length: > 0 } given ? given
        : context.Environment.TryGetValue(EnvironmentVariable, out var fromEnvironment) && fromEnvironment is { Length: > 0 } ? fromEnvironment
        : DefaultDirectory;
}
