using Microsoft.Extensions.DependencyInjection;
using PipWatch.Configuration.Settings;
using PipWatch.Storage.Audit;
using PipWatch.Storage.Database;
using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Metrics;
using PipWatch.Storage.Migrations;
using PipWatch.Storage.Milestones;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Polling;

namespace PipWatch.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddPipWatchStorage_RegistersEveryStoreOnTheEmbeddedDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipwatch-storage-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var services = new ServiceCollection()
                .AddPipWatchStorage(new StorageSettings { SqlitePath = Path.Combine(folder, "pipwatch.db") }, null);
            await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

            provider.GetRequiredService<StateDatabase>().Engine.ShouldBe(StorageEngine.Sqlite);
            Type[] stores =
            [
                typeof(StorageMigrator), typeof(MetricValueStore), typeof(PollRunStore), typeof(MetricPollStatusStore),
                typeof(EvaluationHistoryStore), typeof(EvaluationStateStore), typeof(MilestoneStore),
                typeof(TargetWarningStore), typeof(NotificationOutbox), typeof(NotificationQueries), typeof(AuditLog),
            ];
            stores.ShouldAllBe(store => provider.GetService(store) != null);
            await provider.GetRequiredService<StorageMigrator>().PrepareForWorkerAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
