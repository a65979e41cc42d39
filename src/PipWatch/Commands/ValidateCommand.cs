using System.CommandLine;
using PipWatch.Configuration.Loading;

namespace PipWatch.Commands;

/// <summary><c>pipwatch validate</c>: loads the whole configuration, prints every problem and a one-line summary.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var config = ConfigDirectoryOption.Create();
        var checkSecrets = new Option<bool>("--check-secrets")
        {
            Description = "Also read every referenced secret (environment variable or file) and report any that is missing or empty. Values are never printed.",
        };

        var command = new Command("validate", "Check pipwatch.yaml and every PIP file; print each problem as file:line: key: message, then a summary. Exit 0 when all is valid, 2 when anything is not, 1 when the files cannot be read.")
        {
            config,
            checkSecrets,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = ConfigDirectoryOption.Resolve(parseResult, config, context);
            var options = new ConfigurationLoadOptions { CheckSecrets = parseResult.GetValue(checkSecrets) };
            return RunAsync(directory, options, context, parseResult.InvocationConfiguration, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        string directory, ConfigurationLoadOptions options, CliContext context, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        LoadedConfiguration loaded;
        try
        {
            loaded = ConfigurationLoader.Load(directory, context.Environment, options);
        }
        catch (ConfigurationUnreadableException ex)
        {
            await console.Error.WriteLineAsync($"pipwatch validate: {ex.Message}".AsMemory(), cancellationToken);
            return ExitCodes.RuntimeFailure;
        }

        foreach (var problem in loaded.AllProblems)
        {
            await console.Output.WriteLineAsync(problem.ToString().AsMemory(), cancellationToken);
        }

        await console.Output.WriteLineAsync(Summary(loaded).AsMemory(), cancellationToken);
        return loaded.IsValid ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>e.g. <c>pipwatch.yaml valid; 3 PIP files valid, 1 invalid</c>.</summary>
    public static string Summary(LoadedConfiguration loaded)
    {
        var settings = loaded.SettingsValid
            ? $"{ConfigurationLoader.SettingsFileName} valid"
            : $"{ConfigurationLoader.SettingsFileName} invalid ({Count(loaded.SettingsProblems.Count, "problem")}, nothing can run until it is fixed)";
        var valid = loaded.ValidPipFileCount;
        return $"{settings}; {valid} PIP {(valid == 1 ? "file" : "files")} valid, {loaded.InvalidPipFileCount} invalid";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
