using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Storage.Migrations;

namespace PipWatch.Commands;

/// <summary>
/// The pipeline for a one-shot command (run-once, status, preview): configuration checked, storage ready (SQLite
/// migrated, PostgreSQL checked to be current), on the <c>--as-of</c> clock when one is given.
/// </summary>
public static class OneShotPipeline
{
    public static async Task<ServiceProvider> StartAsync(
        string directory, CliContext context, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var settings = ConfigurationSource.LoadValid(directory, context.Environment).Settings!;
        var clock = asOf is { } instant ? new FixedClock(instant) : null;
        var services = CommandServices.Build(settings, directory, context.Environment, clock);
        try
        {
            await services.GetRequiredService<StorageMigrator>().PrepareForWorkerAsync(cancellationToken);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }
}
