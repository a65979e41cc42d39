using System.Data.Common;
using Npgsql;

namespace PipWatch.Storage.Database;

/// <summary>State on a PostgreSQL server, shared safely by several replicas.</summary>
public sealed class PostgresStateDatabase : StateDatabase
{
    // "PipWatch" in ASCII: a fixed key so every process serialises on the same advisory lock.
    private const long MigrationLockKey = 0x5069_7057_6174_6368;

    public PostgresStateDatabase(string connectionString)
    {
        try
        {
            DataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException exception)
        {
            // The builder's message names the bad keyword, never the password.
            throw new ArgumentException(
                $"storage.postgres_connection_string: the connection string is not valid: {exception.Message}",
                nameof(connectionString),
                exception);
        }
    }

    public override StorageEngine Engine => StorageEngine.Postgres;

    /// <summary>The pooled data source, for callers (such as a job server) that want to share its connections.</summary>
    public NpgsqlDataSource DataSource { get; }

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await DataSource.OpenConnectionAsync(cancellationToken);

    public override ValueTask DisposeAsync() => DataSource.DisposeAsync();

    internal override async ValueTask<DbTransaction> BeginWriteTransactionAsync(
        DbConnection connection,
        CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    internal override string SkipLocked => " FOR UPDATE SKIP LOCKED";

    internal override string InList(string parameterName) => $"= ANY({parameterName})";

    internal override object ListValue(IReadOnlyCollection<string> values) => values.ToArray();

    // Npgsql writes timestamptz only from UTC values.
    internal override object TimestampValue(DateTimeOffset value) => value.ToUniversalTime();

    internal override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    internal override string CreateMigrationsTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY,
            name text NOT NULL,
            applied_at timestamptz NOT NULL
        )
        """;

    internal override string MigrationsTableExistsSql =>
        "SELECT to_regclass('schema_migrations') IS NOT NULL";

    internal override async Task LockForMigrationAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        // Released at commit or rollback, so a crashed migrator cannot leave it behind.
        await using var command = connection.CreateCommand(transaction, "SELECT pg_advisory_xact_lock(@key)");
        command.AddParameter("@key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal override Task PrepareDatabaseAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
