using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PipWatch.Storage.Audit;
using PipWatch.Storage.Database;
using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Metrics;
using PipWatch.Storage.Migrations;
using PipWatch.Storage.Milestones;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Polling;
using PipWatch.Testing;

namespace PipWatch.Storage.Tests.Infrastructure;

/// <summary>
/// A fresh, empty state database for one test: a new database on the test PostgreSQL server, or a new SQLite file
/// in a temporary folder. <see cref="OpenAnother"/> gives a second, independent handle on the same data, the way a
/// second process would see it.
/// </summary>
public sealed class TestStorage : IAsyncDisposable
{
    private readonly string _location;
    private readonly List<StateDatabase> _handles = [];

    private TestStorage(StorageEngine engine, string location)
    {
        Engine = engine;
        _location = location;
        Database = OpenAnother();
    }

    public static readonly DateTimeOffset Start = new(2025, 3, 3, 7, 0, 0, TimeSpan.Zero);

    public StorageEngine Engine { get; }

    public StateDatabase Database { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public StorageMigrator Migrator => MigratorFor(Database);

    public MetricValueStore MetricValues => new(Database);

    public PollRunStore PollRuns => new(Database);

    public MetricPollStatusStore PollStatus => new(Database);

    public EvaluationHistoryStore Evaluations => new(Database);

    public EvaluationStateStore EvaluationState => new(Database);

    public MilestoneStore Milestones => new(Database);

    public TargetWarningStore Warnings => new(Database);

    public NotificationOutbox Outbox => new(Database);

    public NotificationQueries Notifications => new(Database);

    public AuditLog Audit => new(Database);

    /// <summary>Creates the database; migrated unless <paramref name="migrate"/> is false.</summary>
    public static async Task<TestStorage> CreateAsync(StorageEngine engine, bool migrate = true)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var location = engine == StorageEngine.Postgres
            ? await TestPostgres.CreateDatabaseAsync("pipwatch_storage", cancellationToken)
            : Path.Combine(Path.GetTempPath(), "pipwatch-storage-tests", Guid.NewGuid().ToString("N"), "state.db");
        var storage = new TestStorage(engine, location);
        if (migrate)
        {
            await storage.Migrator.MigrateAsync(cancellationToken);
        }

        return storage;
    }

    public StorageMigrator MigratorFor(StateDatabase database) =>
        new(database, Clock, NullLogger<StorageMigrator>.Instance);

    /// <summary>A new handle with its own connection pool on the same database.</summary>
    public StateDatabase OpenAnother()
    {
        StateDatabase database = Engine == StorageEngine.Postgres
            ? new PostgresStateDatabase(_location)
            : new SqliteStateDatabase(_location);
        _handles.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var handle in _handles)
        {
            await handle.DisposeAsync();
        }

        if (Engine == StorageEngine.Sqlite)
        {
            Directory.Delete(Path.GetDirectoryName(_location)!, recursive: true);
        }
    }
}
