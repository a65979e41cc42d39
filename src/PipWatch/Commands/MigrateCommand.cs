using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using PipWatch.Configuration.Secrets;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Storage.Database;
using PipWatch.Storage.Migrations;

namespace PipWatch.Commands;

/// <summary><c>pipwatch migrate</c>: brings PipWatch's schema (and Hangfire's, on PostgreSQL) up to date. Safe to run twice or at once.</summary>
public static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var config = ConfigDirectoryOption.Create();
        var command = new Command("migrate", "Create or upgrade the database schema (PipWatch's and, on PostgreSQL, Hangfire's). Safe to run twice or from two processes at once.")
        {
            config,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = ConfigDirectoryOption.Resolve(parseResult, config, context);
            var console = parseResult.InvocationConfiguration;
            return CommandFailures.RunAsync("migrate", console.Error, async () =>
            {
                var settings = ConfigurationSource.LoadValid(directory, context.Environment).Settings!;
                var postgres = settings.Storage.PostgresConnectionString is { } reference
                    ? new SecretResolver(context.Environment).Resolve(reference)
                    : null;
                await using var database = StateDatabase.Create(settings.Storage, postgres);
                var migrator = new StorageMigrator(database, TimeProvider.System, NullLogger<StorageMigrator>.Instance);
                var applied = await migrator.MigrateAsync(cancellationToken);
                if (postgres is not null)
                {
                    await HangfireSetup.InstallPostgresSchemaAsync(postgres, settings.Storage.HangfireSchema, cancellationToken);
                }

                var where = postgres is null ? $"SQLite file {settings.Storage.SqlitePath}" : "PostgreSQL";
                await console.Output.WriteLineAsync($"{where}: applied {applied} migration(s); the schema is at version {await migrator.GetCurrentVersionAsync(cancellationToken)}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
