using Hangfire;
using PipWatch.Configuration.Secrets;
using PipWatch.Configuration.Settings;
using PipWatch.Storage.Migrations;

namespace PipWatch.Hosting;

/// <summary><c>pipwatch run</c>: the Hangfire server with its recurring jobs, health endpoints and the optional dashboard.</summary>
public static partial class WorkerHost
{
    public static async Task RunAsync(
        PipWatchSettings settings, string configDirectory, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        await using var app = await BuildAsync(settings, configDirectory, environment, cancellationToken);
        await app.RunAsync(cancellationToken);
    }

    /// <summary>The worker ready to run: storage prepared, endpoints mapped, recurring jobs registered.</summary>
    /// <param name="overrides">Replaces services after the production ones are registered (a test's clock).</param>
    public static async Task<WebApplication> BuildAsync(
        PipWatchSettings settings,
        string configDirectory,
        IReadOnlyDictionary<string, string?> environment,
        CancellationToken cancellationToken,
        Action<IServiceCollection>? overrides = null)
    {
        var secrets = new SecretResolver(environment);
        var postgres = settings.Storage.PostgresConnectionString is { } reference ? secrets.Resolve(reference) : null;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://0.0.0.0:{settings.Server.HealthPort}");
        builder.Logging.AddPipWatchConsole(environment);
        builder.Services
            .AddPipWatchPipeline(settings, configDirectory, environment)
            .AddSalesforceSource(settings, environment)
            .AddPipWatchHangfire(settings.Storage, postgres)
            .AddPipWatchTelemetry(settings.Telemetry);
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        try
        {
            await PrepareAsync(app, settings, secrets, postgres, cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static async Task PrepareAsync(
        WebApplication app, PipWatchSettings settings, SecretResolver secrets, string? postgres, CancellationToken cancellationToken)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PipWatch.Worker");

        // SQLite migrates itself; PostgreSQL must have been migrated by `pipwatch migrate` (the chart's hook Job).
        await app.Services.GetRequiredService<StorageMigrator>().PrepareForWorkerAsync(cancellationToken);

        app.MapPipWatchHealth();
        app.MapPipWatchMetrics(settings.Telemetry);
        if (settings.Server.DashboardEnabled)
        {
            var password = settings.Server.DashboardPassword is { } secret ? secrets.Resolve(secret) : throw new InvalidOperationException(
                "The Hangfire dashboard is enabled but server.dashboard_password references no secret; set it or turn the dashboard off.");
            app.UseHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new DashboardAuthorization(settings.Server.DashboardUsername ?? "admin", password)],
                IsReadOnlyFunc = _ => settings.Server.DashboardReadOnly,
                DisplayStorageConnectionString = false,
            });
        }

        HangfireSetup.RegisterRecurringJobs(app.Services.GetRequiredService<IRecurringJobManager>(), settings.Schedules);
        Log.Started(logger, settings.Server.HealthPort, postgres is null ? "SQLite + in-memory jobs" : "PostgreSQL");
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "PipWatch worker started: health on port {Port}, storage {Storage}")]
        public static partial void Started(ILogger logger, int port, string storage);
    }
}
