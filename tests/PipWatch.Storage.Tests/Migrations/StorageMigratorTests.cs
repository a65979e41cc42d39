using PipWatch.Storage.Migrations;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Migrations;

[Trait("Category", "Integration")]
public sealed class StorageMigratorTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task Migrate_RunTwice_AppliesEachMigrationOnce(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine, migrate: false);

        var first = await storage.Migrator.MigrateAsync(CancellationToken);
        var second = await storage.Migrator.MigrateAsync(CancellationToken);

        first.ShouldBe(storage.Migrator.RequiredVersion);
        second.ShouldBe(0);
        (await storage.Migrator.GetCurrentVersionAsync(CancellationToken)).ShouldBe(storage.Migrator.RequiredVersion);
        (await Sql.ScalarAsync(storage.Database, "SELECT COUNT(*) FROM schema_migrations"))
            .ShouldBe(storage.Migrator.RequiredVersion);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Migrate_FromConcurrentProcesses_AppliesEachMigrationOnce(StorageEngine engine)
    {
        // Arrange: four independent handles, as four processes starting together would have.
        await using var storage = await TestStorage.CreateAsync(engine, migrate: false);
        var migrators = Enumerable.Range(0, 4).Select(_ => storage.MigratorFor(storage.OpenAnother())).ToList();

        // Act
        var applied = await Task.WhenAll(migrators.Select(migrator => Task.Run(
            () => migrator.MigrateAsync(CancellationToken),
            CancellationToken)));

        // Assert: exactly one of them did the work, and none failed.
        applied.Sum().ShouldBe(storage.Migrator.RequiredVersion);
        applied.Count(count => count > 0).ShouldBe(1);
        (await Sql.ScalarAsync(storage.Database, "SELECT COUNT(*) FROM schema_migrations"))
            .ShouldBe(storage.Migrator.RequiredVersion);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task EnsureSchemaCurrent_OnEmptyDatabase_SaysToRunMigrate(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine, migrate: false);

        var exception = await Should.ThrowAsync<SchemaOutOfDateException>(
            () => storage.Migrator.EnsureSchemaCurrentAsync(CancellationToken));

        exception.Message.ShouldBe(
            $"The database schema is at version 0 but this PipWatch needs {storage.Migrator.RequiredVersion}: run `pipwatch migrate`.");
        exception.CurrentVersion.ShouldBe(0);
        exception.RequiredVersion.ShouldBe(storage.Migrator.RequiredVersion);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task EnsureSchemaCurrent_WhenLatestMigrationIsMissing_NamesBothVersions(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var required = storage.Migrator.RequiredVersion;
        await Sql.ExecuteAsync(storage.Database, $"DELETE FROM schema_migrations WHERE version = {required}");

        var exception = await Should.ThrowAsync<SchemaOutOfDateException>(
            () => storage.Migrator.EnsureSchemaCurrentAsync(CancellationToken));

        exception.Message.ShouldContain($"at version {required - 1} but this PipWatch needs {required}");
        exception.Message.ShouldContain("run `pipwatch migrate`");
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task EnsureSchemaCurrent_AfterMigrate_Passes(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);

        await Should.NotThrowAsync(() => storage.Migrator.EnsureSchemaCurrentAsync(CancellationToken));
    }

    [Fact]
    public async Task PrepareForWorker_OnSqlite_MigratesTheEmbeddedFile()
    {
        await using var storage = await TestStorage.CreateAsync(StorageEngine.Sqlite, migrate: false);

        await storage.Migrator.PrepareForWorkerAsync(CancellationToken);

        (await storage.Migrator.GetCurrentVersionAsync(CancellationToken)).ShouldBe(storage.Migrator.RequiredVersion);
        (await Sql.TextAsync(storage.Database, "PRAGMA journal_mode")).ShouldBe("wal");
    }

    [Fact]
    public async Task PrepareForWorker_OnUnmigratedPostgres_RefusesAndLeavesItUntouched()
    {
        await using var storage = await TestStorage.CreateAsync(StorageEngine.Postgres, migrate: false);

        var exception = await Should.ThrowAsync<SchemaOutOfDateException>(
            () => storage.Migrator.PrepareForWorkerAsync(CancellationToken));

        exception.Message.ShouldContain("run `pipwatch migrate`");
        (await storage.Migrator.GetCurrentVersionAsync(CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public void Migrations_ForBothEngines_HaveTheSameVersionsAndNames()
    {
        var postgres = Migration.Load(StorageEngine.Postgres).Select(migration => (migration.Version, migration.Name));
        var sqlite = Migration.Load(StorageEngine.Sqlite).Select(migration => (migration.Version, migration.Name));

        postgres.ShouldNotBeEmpty();
        postgres.ShouldBe(sqlite);
    }

    [Fact]
    public async Task Migrate_BothEngines_CreateTheSameTablesAndColumns()
    {
        await using var postgres = await TestStorage.CreateAsync(StorageEngine.Postgres);
        await using var sqlite = await TestStorage.CreateAsync(StorageEngine.Sqlite);

        var postgresColumns = await Sql.ColumnAsync(
            postgres.Database,
            """
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = current_schema()
            """);
        var sqliteColumns = await Sql.ColumnAsync(
            sqlite.Database,
            """
            SELECT tables.name || '.' || columns.name
            FROM sqlite_master AS tables, pragma_table_info(tables.name) AS columns
            WHERE tables.type = 'table' AND tables.name NOT LIKE 'sqlite_%'
            """);

        postgresColumns.Order(StringComparer.Ordinal).ShouldBe(sqliteColumns.Order(StringComparer.Ordinal));
        postgresColumns.ShouldContain("notifications.idempotency_key");
    }
}
