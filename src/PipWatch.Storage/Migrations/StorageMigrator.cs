using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;
using PipWatch.Storage.Database;

namespace PipWatch.Storage.Migrations;

/// <summary>
/// Brings the schema to the version this build needs. Safe to run twice and from several processes at once: all
/// pending scripts run in one transaction that first takes a database-wide lock, so a second migrator waits, then
/// finds nothing left to do.
/// </summary>
public sealed partial class StorageMigrator(
    StateDatabase database,
    TimeProvider timeProvider,
    ILogger<StorageMigrator> logger)
{
    private readonly IReadOnlyList<Migration> _migrations = Migration.Load(database.Engine);

    /// <summary>The schema version this build of PipWatch needs.</summary>
    public int RequiredVersion => _migrations.Count;

    /// <summary>Applies every pending migration and returns how many ran.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await database.PrepareDatabaseAsync(cancellationToken);
        var applied = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await database.LockForMigrationAsync(connection, transaction, cancellationToken);
                await ExecuteAsync(connection, transaction, database.CreateMigrationsTableSql, cancellationToken);
                var current = await ReadVersionAsync(connection, transaction, cancellationToken);
                var pending = _migrations.Where(migration => migration.Version > current).ToList();
                foreach (var migration in pending)
                {
                    await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                    await using var record = connection.CreateCommand(
                        transaction,
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied_at)");
                    record.AddParameter("@version", migration.Version);
                    record.AddParameter("@name", migration.Name);
                    record.AddParameter("@applied_at", database.TimestampValue(timeProvider.GetUtcNow()));
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                return pending;
            },
            cancellationToken);

        foreach (var migration in applied)
        {
            Log.MigrationApplied(logger, database.Engine, migration.Version, migration.Name);
        }

        Log.SchemaCurrent(logger, database.Engine, RequiredVersion);
        return applied.Count;
    }

    /// <summary>The highest migration applied to the database, or 0 for an empty one.</summary>
    public Task<int> GetCurrentVersionAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using (var exists = connection.CreateCommand(null, database.MigrationsTableExistsSql))
                {
                    if (!Convert.ToBoolean(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture))
                    {
                        return 0;
                    }
                }

                return await ReadVersionAsync(connection, null, cancellationToken);
            },
            cancellationToken);

    /// <summary>
    /// Throws <see cref="SchemaOutOfDateException"/> when the schema is behind. A newer schema is accepted, so replicas
    /// of the previous release keep running while a rolling upgrade is under way.
    /// </summary>
    public async Task EnsureSchemaCurrentAsync(CancellationToken cancellationToken)
    {
        var current = await GetCurrentVersionAsync(cancellationToken);
        if (current < RequiredVersion)
        {
            throw new SchemaOutOfDateException(current, RequiredVersion);
        }
    }

    /// <summary>
    /// Readies storage for the worker: the embedded SQLite file migrates itself, while a PostgreSQL schema must
    /// already be current (it is migrated by <c>pipwatch migrate</c>, once per deployment).
    /// </summary>
    public async Task PrepareForWorkerAsync(CancellationToken cancellationToken)
    {
        if (database.Engine == StorageEngine.Sqlite)
        {
            await MigrateAsync(cancellationToken);
        }
        else
        {
            await EnsureSchemaCurrentAsync(cancellationToken);
        }
    }

    private static async Task<int> ReadVersionAsync(
        DbConnection connection,
        DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            transaction,
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(
        DbConnection connection,
        DbTransaction transaction,
        string sql,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Applied {Engine} storage migration {Version} ({Name})")]
        public static partial void MigrationApplied(ILogger logger, StorageEngine engine, int version, string name);

        [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "The {Engine} storage schema is at version {Version}")]
        public static partial void SchemaCurrent(ILogger logger, StorageEngine engine, int version);
    }
}
