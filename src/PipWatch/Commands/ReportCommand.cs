using System.CommandLine;
using System.Text;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Reporting;
using PipWatch.Sources;

namespace PipWatch.Commands;

/// <summary>
/// <c>pipwatch report</c>: a plan's documentation pack for HR, as one self-contained HTML file (and a PDF printed by
/// Chromium when asked), from the plan file and the stored state only.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var config = ConfigDirectoryOption.Create();
        var pip = new Option<string>("--pip") { Description = "The plan's id (the `id:` in its file).", Required = true, HelpName = "ID" };
        var output = new Option<string>("--out")
        {
            Description = "Folder for the report (created if missing). Default: out/reports.",
            HelpName = "DIR",
            DefaultValueFactory = _ => Path.Combine("out", "reports"),
        };
        var pdf = new Option<bool>("--pdf")
        {
            Description = $"Also print the report to PDF with a headless Chromium (${PdfPrinter.ChromiumVariable}, else chromium, chromium-browser or google-chrome on the PATH).",
        };
        var command = new Command("report", "Write a plan's documentation for HR: the plan as started, every amendment, the evaluation timeline with charts, every notification with its content, check-in reminders, the audit log and the outcome. One self-contained HTML file, from stored data only.")
        {
            config,
            pip,
            output,
            pdf,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = ConfigDirectoryOption.Resolve(parseResult, config, context);
            var console = parseResult.InvocationConfiguration;
            return CommandFailures.RunAsync("report", console.Error, () => RunAsync(
                parseResult.GetValue(pip)!, directory, parseResult.GetValue(output)!, parseResult.GetValue(pdf), context, console, cancellationToken));
        });
        return command;
    }

    private static async Task<int> RunAsync(
        string pipId, string directory, string folder, bool pdf, CliContext context, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var loaded = ConfigurationSource.LoadValid(directory, context.Environment);

        // Never the Salesforce connector: the report must work without its credentials and must not spend its budget.
        await using var services = CommandServices.Build(
            loaded.Settings!, directory, context.Environment, addSource: s => s.AddSingleton<IOrgSource, OfflineOrgSource>());
        var lookup = await new PipReportReader(loaded, services, services.GetRequiredService<TimeProvider>()).ReadAsync(pipId, cancellationToken);
        if (lookup.Data is not { } data)
        {
            await console.Error.WriteLineAsync(NotFoundMessage(pipId, directory, lookup));
            return ExitCodes.InvalidInput;
        }

        Directory.CreateDirectory(folder);
        var htmlPath = Path.Combine(folder, PipReportRenderer.FileName(pipId, ".html"));
        await File.WriteAllTextAsync(htmlPath, PipReportRenderer.Render(data), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        await console.Output.WriteLineAsync(htmlPath);
        if (!pdf)
        {
            return ExitCodes.Success;
        }

        if (PdfPrinter.Find(context.Environment) is not { } printer)
        {
            await console.Error.WriteLineAsync(
                $"pipwatch report: a PDF needs Chromium, and none was found ({PdfPrinter.ChromiumVariable} is not set to an existing file, and no chromium, chromium-browser or google-chrome is on the PATH). Install one (e.g. apt-get install chromium) or print {htmlPath} from a browser.");
            return ExitCodes.RuntimeFailure;
        }

        var pdfPath = Path.Combine(folder, PipReportRenderer.FileName(pipId, ".pdf"));
        await printer.PrintAsync(htmlPath, pdfPath, cancellationToken);
        await console.Output.WriteLineAsync(pdfPath);
        return ExitCodes.Success;
    }

    private static string NotFoundMessage(string pipId, string directory, PipReportLookup lookup)
    {
        var message = new StringBuilder($"pipwatch report: no plan '{pipId}' is known: none of the valid plan files in {Path.Combine(directory, "pips")} has that id, and the state database holds nothing about it.");
        foreach (var problem in lookup.PlanFileProblems)
        {
            message.AppendLine().Append("  ").Append(problem);
        }

        message.AppendLine().Append(lookup.NearestIds.Count == 0
            ? "No plan is known at all yet."
            : $"Nearest known ids: {string.Join(", ", lookup.NearestIds)}");
        return message.ToString();
    }
}
