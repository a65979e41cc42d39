using System.CommandLine;
using System.Globalization;
using PipWatch.Pipeline;
using PipWatch.Salesforce;
using PipWatch.Simulation;

namespace PipWatch.Commands;

/// <summary>
/// <c>pipwatch simulate</c>: which emails the current configuration would have sent over past days, replayed from the
/// org's history, for tuning thresholds before alerts go out. Sends nothing and never touches the configured state.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var config = ConfigDirectoryOption.Create();
        var from = DateOption("--from", "The first day of the window, e.g. 2026-10-05.");
        var to = DateOption("--to", $"The last day of the window (not after today; at most {SimulationWindow.MaxDays} days from --from).");
        var format = FormatOption.Create();
        var command = new Command("simulate", "Replay the plans' Salesforce history over past days with the current thresholds and show which emails would have gone out: per kind, week and recipient, and every at-risk warning with its reason. Sends nothing.")
        {
            config,
            from,
            to,
            format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = ConfigDirectoryOption.Resolve(parseResult, config, context);
            var console = parseResult.InvocationConfiguration;
            return CommandFailures.RunAsync("simulate", console.Error, async () =>
            {
                var loaded = ConfigurationSource.LoadValid(directory, context.Environment);
                foreach (var problem in loaded.PipFiles.Where(f => !f.IsValid).SelectMany(f => f.Problems))
                {
                    await console.Error.WriteLineAsync($"pipwatch simulate: plan file left out: {problem}");
                }

                var runner = new SimulationRunner(console.Error, interactive: ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected);
                SimulationReport report;
                try
                {
                    report = await runner.RunAsync(
                        new SimulationRequest
                        {
                            Settings = loaded.Settings!,
                            Pips = loaded.Pips,
                            ConfigDirectory = directory,
                            Environment = context.Environment,
                            From = parseResult.GetValue(from),
                            To = parseResult.GetValue(to),
                        },
                        cancellationToken);
                }
                catch (SimulationInputException ex)
                {
                    await console.Error.WriteLineAsync($"pipwatch simulate: {ex.Message}");
                    return ExitCodes.InvalidInput;
                }
                catch (SalesforceException ex)
                {
                    await console.Error.WriteLineAsync($"pipwatch simulate: the plans' history could not be read from Salesforce: {ex.Message}");
                    return ExitCodes.RuntimeFailure;
                }

                var text = FormatOption.Render(parseResult, format, report, SimulationTable.Format);
                await console.Output.WriteLineAsync(text);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Option<DateOnly> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            result.AddError($"{name} '{text}' is not a date; write it like 2026-10-05.");
            return default;
        },
    };
}
