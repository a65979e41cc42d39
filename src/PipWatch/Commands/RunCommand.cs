using System.CommandLine;
using PipWatch.Hosting;
using PipWatch.Pipeline;

namespace PipWatch.Commands;

/// <summary><c>pipwatch run</c>: the worker. Stops on Ctrl+C or SIGTERM, handing unfinished jobs back.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var config = ConfigDirectoryOption.Create();
        var command = new Command("run", "Run the worker: recurring poll-and-evaluate, notification planning and outbox delivery, with /healthz and /readyz on the health port.")
        {
            config,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = ConfigDirectoryOption.Resolve(parseResult, config, context);
            return CommandFailures.RunAsync("run", parseResult.InvocationConfiguration.Error, async () =>
            {
                var settings = ConfigurationSource.LoadValid(directory, context.Environment).Settings!;
                await WorkerHost.RunAsync(settings, directory, context.Environment, cancellationToken);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
