using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PipWatch.Configuration.Settings;
using PipWatch.Storage.Audit;
using PipWatch.Storage.Database;
using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Metrics;
using PipWatch.Storage.Migrations;
using PipWatch.Storage.Milestones;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Polling;

namespace PipWatch.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the state database and its stores: PostgreSQL when <paramref name="postgresConnectionString"/> (read
    /// from <see cref="StorageSettings.PostgresConnectionString"/>'s secret) is given, otherwise the embedded SQLite
    /// file. The host still calls <see cref="StorageMigrator.PrepareForWorkerAsync"/> before doing work.
    /// </summary>
    public static IServiceCollection AddPipWatchStorage(
        this IServiceCollection services,
        StorageSettings settings,
        string? postgresConnectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton(_ => StateDatabase.Create(settings, postgresConnectionString));
        services.TryAddSingleton<StorageMigrator>();
        services.TryAddSingleton<MetricValueStore>();
        services.TryAddSingleton<PollRunStore>();
        services.TryAddSingleton<MetricPollStatusStore>();
        services.TryAddSingleton<EvaluationHistoryStore>();
        services.TryAddSingleton<EvaluationStateStore>();
        services.TryAddSingleton<MilestoneStore>();
        services.TryAddSingleton<TargetWarningStore>();
        services.TryAddSingleton<NotificationOutbox>();
        services.TryAddSingleton<NotificationQueries>();
        services.TryAddSingleton<AuditLog>();
        return services;
    }
}
