using System.Globalization;
using PipWatch.Commands;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Demo;
using PipWatch.Hosting;
using PipWatch.Notifications.Delivery;
using PipWatch.Pipeline;
using PipWatch.Sources;
using PipWatch.Storage.Migrations;

namespace PipWatch.Simulation;

/// <summary>
/// <c>pipwatch simulate</c>: replays the configured plans over a window of past days through the production pipeline
/// (plan resolution, poll, evaluation, planning, rendering into an outbox) with the current configuration, and counts
/// the emails that would have gone out. The org is read once, up front; the replay runs on a simulated clock against
/// a throwaway embedded database that is removed afterwards, and nothing is ever delivered.
/// </summary>
public sealed class SimulationRunner(TextWriter progressOutput, bool interactive)
{
    public async Task<SimulationReport> RunAsync(SimulationRequest request, CancellationToken cancellationToken)
    {
        var now = request.Time.GetUtcNow();
        var window = SimulationWindow.Create(request.From, request.To, DateOnly.FromDateTime(now.UtcDateTime));
        var settings = request.Settings;
        var pips = window.PlansInScope(request.Pips, settings.Thresholds);
        var replayed = window.ReplayRange(pips, now);
        var folder = Path.Combine(request.WorkRoot ?? Path.GetTempPath(), $"pipwatch-simulate-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var clock = new FixedClock(replayed.Start);
            if (pips.Count > 0)
            {
                await progressOutput.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Reading the people and history of {pips.Count} plan(s) up to {replayed.End:yyyy-MM-dd HH:mm} UTC..."));
            }

            var org = await ReadOrgAsync(request, pips, replayed.End, clock, cancellationToken);
            var tally = new SimulationTally(window, settings.Calendar);
            await ReplayAsync(request, folder, org, clock, replayed, tally, cancellationToken);
            return SimulationReport.Create(window, settings.Calendar, replayed, pips, org, tally.Emails);
        }
        finally
        {
            await RemoveAsync(folder);
        }
    }

    private async Task RemoveAsync(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The result matters more than the leftover; say where it is so it can be removed by hand.
            await progressOutput.WriteLineAsync($"Could not remove the simulation's temporary folder {folder}: {ex.Message}");
        }
    }

    /// <summary>The org's people and history, read once on the real clock (tokens and timeouts need real time).</summary>
    private static async Task<RecordedOrg> ReadOrgAsync(
        SimulationRequest request, IReadOnlyList<Pip> pips, DateTimeOffset until, TimeProvider clock, CancellationToken cancellationToken)
    {
        var metrics = request.Settings.Metrics.Values.OfType<QueryMetric>().ToList();
        if (pips.Count == 0)
        {
            // Nothing to read: no sign-in for nothing.
            return RecordedOrg.Empty(clock);
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddPipWatchConsole(request.Environment, toStandardError: true).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(request.Time);
        if (request.AddOrg is { } addOrg)
        {
            addOrg(services);
        }
        else
        {
            services.AddSalesforceSource(request.Settings, request.Environment);
        }

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return await RecordedOrg.ReadAsync(provider.GetRequiredService<IOrgSource>(), pips, metrics, until, clock, cancellationToken);
    }

    private async Task ReplayAsync(
        SimulationRequest request,
        string folder,
        RecordedOrg org,
        FixedClock clock,
        (DateTimeOffset Start, DateTimeOffset End) replayed,
        SimulationTally tally,
        CancellationToken cancellationToken)
    {
        var settings = request.Settings with
        {
            Storage = new StorageSettings { SqlitePath = Path.Combine(folder, "simulation.db") },
            Email = request.Settings.Email with { Smtp = null, PickupFolder = Path.Combine(folder, "pickup") },
        };

        // Errors only: the replay would repeat each plan's people warnings at every poll; the report lists them once.
        await using var services = CommandServices.Build(
            settings,
            request.ConfigDirectory,
            request.Environment,
            clock,
            addSource: s =>
            {
                s.AddSingleton<IOrgSource>(org);
                s.AddSingleton<IMailSender, RefusingMailSender>();
            },
            minimumLevel: LogLevel.Error);
        await services.GetRequiredService<StorageMigrator>().PrepareForWorkerAsync(cancellationToken);
        var cycle = services.GetRequiredService<Cycle>();
        var progress = new ReplayProgress(progressOutput, interactive);

        // The demo's pace: planning every three hours hits every local send window in every zone. Each planning run
        // follows a poll, as the worker's half-hourly polls keep its figures fresh: never stale, so never silenced.
        var total = (int)((replayed.End - replayed.Start) / DemoRunner.Step);
        var step = 0;
        for (var now = replayed.Start; now <= replayed.End; now += DemoRunner.Step, step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.Set(now);
            await cycle.PollAndEvaluateAsync(cancellationToken);
            tally.Add(await cycle.PlanAsync(cancellationToken), now);
            await progress.ReportAsync(step, total, now, string.Create(CultureInfo.InvariantCulture, $"{tally.Emails.Count} emails"));
        }
    }
}
