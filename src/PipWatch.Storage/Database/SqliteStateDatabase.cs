using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PipWatch.Storage.Database;

/// <summary>
/// State in an embedded SQLite file for a single instance. WAL mode and a busy timeout let a second process on the
/// same file (for example <c>pipwatch status</c> beside the worker) wait its turn instead of failing.
/// </summary>
public sealed class SqliteStateDatabase : StateDatabase
{
    // Fixed width and UTC only, so text order is time order, with PostgreSQL's microsecond precision.
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const int BusyTimeoutSeconds = 30;

    private readonly string _connectionString;

    public SqliteStateDatabase(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("storage.sqlite_path: the path of the embedded database is empty.", nameof(path));
        }

        FilePath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(FilePath);
        try
        {
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"storage.sqlite_path: cannot create the folder {directory} for the embedded database: {exception.Message}",
                exception);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    public override StorageEngine Engine => StorageEngine.Sqlite;

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>Far above any PipWatch database's size; SQLite maps only what the file holds.</summary>
    private const long MemoryMapBytes = 256L * 1024 * 1024;

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // In WAL mode NORMAL never corrupts the file; it only skips an fsync per commit, which the worker's many
            // small transactions would otherwise pay for (a power cut may lose the last commit, which the next poll redoes).
            // Reads go through a memory map: every write empties the other connections' page caches, and reading the
            // pages back one pread at a time cost the demo's replay a quarter of a million system calls a month.
            await using var command = connection.CreateCommand(
                null,
                $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = {MemoryMapBytes}");
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled handles keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    internal override ValueTask<DbTransaction> BeginWriteTransactionAsync(
        DbConnection connection,
        CancellationToken cancellationToken) =>
        // deferred: false issues BEGIN IMMEDIATE, which waits (busy timeout) for the single writer slot.
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    internal override string SkipLocked => "";

    internal override string InList(string parameterName) => $"IN (SELECT value FROM json_each({parameterName}))";

    internal override object ListValue(IReadOnlyCollection<string> values) =>
        JsonSerializer.Serialize(values.ToArray(), StorageJsonContext.Readable.StringArray);

    internal override object TimestampValue(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    internal override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(
            reader.GetString(ordinal),
            TimestampFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    internal override string CreateMigrationsTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT
        """;

    internal override string MigrationsTableExistsSql =>
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations')";

    // BEGIN IMMEDIATE already holds the only write slot; in WAL mode that is as strong as EXCLUSIVE.
    internal override Task LockForMigrationAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken) => Task.CompletedTask;

    internal override async Task PrepareDatabaseAsync(CancellationToken cancellationToken)
    {
        // WAL is a property of the file: set once, every later connection (and process) uses it.
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, "PRAGMA journal_mode = WAL");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
