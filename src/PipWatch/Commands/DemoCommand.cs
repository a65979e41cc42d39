using System.CommandLine;
using PipWatch.Demo;

namespace PipWatch.Commands;

/// <summary><c>pipwatch demo</c>: the whole product on a built-in demo org; nothing to install or configure.</summary>
public static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder for the emails (.eml and .html) and index.html. It is emptied first.",
            HelpName = "DIR",
            DefaultValueFactory = _ => Path.Combine("out", "demo"),
        };
        var days = new Option<int?>("--days")
        {
            Description = "Simulate only this many days from the first plan's start (default: until every plan has ended).",
            HelpName = "N",
        };
        var command = new Command("demo", "Replay a built-in demo org's plans day by day through the real pipeline (no Salesforce, database or mail server needed) and write every email to a folder.")
        {
            output,
            days,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var console = parseResult.InvocationConfiguration;
            _ = context;
            return CommandFailures.RunAsync("demo", console.Error, async () =>
            {
                var runner = new DemoRunner(console.Output, interactive: ReferenceEquals(console.Output, Console.Out) && !Console.IsOutputRedirected);
                await runner.RunAsync(parseResult.GetValue(output)!, parseResult.GetValue(days), cancellationToken);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
