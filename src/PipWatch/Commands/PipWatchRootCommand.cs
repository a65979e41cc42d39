using System.CommandLine;

namespace PipWatch.Commands;

/// <summary>The command tree. Each command lives in its own file; add new ones to the list below.</summary>
public static class PipWatchRootCommand
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("PipWatch watches sales reps on Performance Improvement Plans: it reads their Salesforce activity, checks it against each plan's targets and emails managers and reps.");
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(RunOnceCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(PreviewCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        return root;
    }
}
