using System.CommandLine;
using PipWatch.Configuration.Loading;
using PipWatch.Notifications.Templates;

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

        var online = new Option<bool>("--online")
        {
            Description = "Also ask Salesforce: every metric's object and fields exist and fit the aggregate, and every plan's rep exists and is active.",
        };

        var command = new Command("validate", "Check pipwatch.yaml and every PIP file; print each problem as file:line: key: message, then a summary. Exit 0 when all is valid, 2 when anything is not, 1 when the files cannot be read.")
        {
            config,
            checkSecrets,
            online,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = ConfigDirectoryOption.Resolve(parseResult, config, context);
            var options = new ConfigurationLoadOptions { CheckSecrets = parseResult.GetValue(checkSecrets) || parseResult.GetValue(online) };
            return RunAsync(directory, options, parseResult.GetValue(online), context, parseResult.InvocationConfiguration, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        string directory, ConfigurationLoadOptions options, bool online, CliContext context, InvocationConfiguration console, CancellationToken cancellationToken)
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

        // A broken template override is caught here, before the worker would refuse to start on it.
        var templateProblems = TemplateCatalog.Validate(directory);
        foreach (var problem in templateProblems)
        {
            await console.Output.WriteLineAsync(problem.ToString().AsMemory(), cancellationToken);
        }

        await console.Output.WriteLineAsync(Summary(loaded).AsMemory(), cancellationToken);
        if (templateProblems.Count > 0)
        {
            await console.Output.WriteLineAsync($"templates: {templateProblems.Count} problem(s)".AsMemory(), cancellationToken);
        }

        var valid = loaded.IsValid && templateProblems.Count == 0;
        if (!online || loaded.Settings is null)
        {
            return valid ? ExitCodes.Success : ExitCodes.InvalidInput;
        }

        return await CommandFailures.RunAsync("validate --online", console.Error, async () =>
        {
            var problems = await OnlineCheck.RunAsync(loaded, context.Environment, cancellationToken);
            foreach (var problem in problems)
            {
                await console.Output.WriteLineAsync($"Salesforce: {problem}".AsMemory(), cancellationToken);
            }

            await console.Output.WriteLineAsync((problems.Count == 0 ? "Salesforce: every metric and rep checks out" : $"Salesforce: {problems.Count} problem(s)").AsMemory(), cancellationToken);
            return valid && problems.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
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
