using System.Data.Common;
using PipWatch.Configuration.Settings;

namespace PipWatch.Storage.Database;

/// <summary>
/// PipWatch's state database. The stores hold one set of SQL; this type supplies connections, write transactions
/// and the few fragments and value conversions in which PostgreSQL and SQLite differ.
/// </summary>
public abstract class StateDatabase : IAsyncDisposable
{
    public abstract StorageEngine Engine { get; }

    /// <summary>
    /// Chooses PostgreSQL when a connection string is given (already read from its secret), otherwise the embedded
    /// SQLite file at <see cref="StorageSettings.SqlitePath"/>.
    /// </summary>
    public static StateDatabase Create(StorageSettings settings, string? postgresConnectionString)
    {
        if (postgresConnectionString is null)
        {
            return new SqliteStateDatabase(settings.SqlitePath);
        }

        if (string.IsNullOrWhiteSpace(postgresConnectionString))
        {
            var source = settings.PostgresConnectionString?.ToString() ?? "the configuration";
            throw new ArgumentException(
                $"storage.postgres_connection_string: the connection string read from {source} is empty.",
                nameof(postgresConnectionString));
        }

        return new PostgresStateDatabase(postgresConnectionString);
    }

    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that holds the right to write from its first statement
    /// (on SQLite <c>BEGIN IMMEDIATE</c>, so a read-then-write never fails on a lock upgrade), then commits.
    /// </summary>
    internal async Task<T> WriteAsync<T>(
        Func<DbConnection, DbTransaction, Task<T>> work,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteTransactionAsync(connection, cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Runs <paramref name="read"/> on an open connection without an explicit transaction.</summary>
    internal async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await read(connection);
    }

    internal abstract ValueTask<DbTransaction> BeginWriteTransactionAsync(
        DbConnection connection,
        CancellationToken cancellationToken);

    /// <summary>Appended to a row-claiming <c>SELECT</c>: PostgreSQL skips rows other claimers hold.</summary>
    internal abstract string SkipLocked { get; }

    /// <summary>A membership test against a list parameter, e.g. <c>rep_user_id {InList("@reps")}</c>.</summary>
    internal abstract string InList(string parameterName);

    internal abstract object ListValue(IReadOnlyCollection<string> values);

    internal abstract object TimestampValue(DateTimeOffset value);

    internal object NullableTimestampValue(DateTimeOffset? value) =>
        value is { } present ? TimestampValue(present) : DBNull.Value;

    internal abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    internal DateTimeOffset? ReadNullableTimestamp(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTimestamp(reader, ordinal);

    /// <summary>SQL that creates the migrations ledger if it is missing.</summary>
    internal abstract string CreateMigrationsTableSql { get; }

    /// <summary>SQL returning whether the migrations ledger exists.</summary>
    internal abstract string MigrationsTableExistsSql { get; }

    /// <summary>Makes concurrent migrators, in any process, take turns inside <paramref name="transaction"/>.</summary>
    internal abstract Task LockForMigrationAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken);

    /// <summary>Engine settings that live in the database file or server rather than on a connection.</summary>
    internal abstract Task PrepareDatabaseAsync(CancellationToken cancellationToken);
}
