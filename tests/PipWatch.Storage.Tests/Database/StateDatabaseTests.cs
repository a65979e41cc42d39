using PipWatch.Configuration.Settings;
using PipWatch.Storage.Database;
using PipWatch.Storage.Milestones;
using PipWatch.Storage.Tests.Infrastructure;
using PipWatch.Testing;

namespace PipWatch.Storage.Tests.Database;

[Trait("Category", "Integration")]
public sealed class StateDatabaseTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_WithoutConnectionString_UsesSqliteAndCreatesItsFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "pipwatch-storage-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(root, "nested", "state", "pipwatch.db");
        try
        {
            await using var database = StateDatabase.Create(new StorageSettings { SqlitePath = path }, null);

            var sqlite = database.ShouldBeOfType<SqliteStateDatabase>();
            sqlite.Engine.ShouldBe(StorageEngine.Sqlite);
            sqlite.FilePath.ShouldBe(path);
            Directory.Exists(Path.GetDirectoryName(path)).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Create_WithConnectionString_UsesPostgres()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("pipwatch_storage", CancellationToken);

        await using var database = StateDatabase.Create(new StorageSettings(), connectionString);

        database.ShouldBeOfType<PostgresStateDatabase>().Engine.ShouldBe(StorageEngine.Postgres);
        (await Sql.ScalarAsync(database, "SELECT 1")).ShouldBe(1);
    }

    [Fact]
    public void Create_WithBlankConnectionString_NamesTheSecretItCameFrom()
    {
        var settings = new StorageSettings { PostgresConnectionString = new SecretReference("PIPWATCH_DATABASE", null) };

        var exception = Should.Throw<ArgumentException>(() => StateDatabase.Create(settings, "  "));

        exception.Message.ShouldStartWith(
            "storage.postgres_connection_string: the connection string read from environment variable PIPWATCH_DATABASE is empty.");
    }

    [Fact]
    public void Create_WithMalformedConnectionString_SaysWhatIsWrongWithoutEchoingIt()
    {
        var exception = Should.Throw<ArgumentException>(
            () => StateDatabase.Create(new StorageSettings(), "Host=db;Pasword=hunter2"));

        exception.Message.ShouldStartWith("storage.postgres_connection_string: the connection string is not valid:");
        exception.Message.ShouldContain("pasword", Case.Insensitive);
        exception.Message.ShouldNotContain("hunter2");
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Timestamps_RoundTripAsUtcAtMicrosecondPrecision(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var sydneyMorning = new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(11)).AddTicks(1_234_567);

        await storage.Milestones.TryRecordAsync(new FiredMilestone("pip-1", "calls:50pct", sydneyMorning, null), CancellationToken);

        var firedAt = (await storage.Milestones.GetAsync("pip-1", CancellationToken)).ShouldHaveSingleItem().FiredAt;
        firedAt.ShouldBe(new DateTimeOffset(2025, 3, 2, 21, 0, 0, TimeSpan.Zero).AddTicks(1_234_560));
        firedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task Sqlite_SecondProcessWritingDuringALongTransaction_WaitsInsteadOfFailing()
    {
        // Arrange: one handle holds the write slot, as a busy worker would.
        await using var storage = await TestStorage.CreateAsync(StorageEngine.Sqlite);
        var other = new MilestoneStore(storage.OpenAnother());
        await using var connection = await storage.Database.OpenConnectionAsync(CancellationToken);
        await using var transaction = await storage.Database.BeginWriteTransactionAsync(connection, CancellationToken);

        // Act: the other handle's write must wait for the lock, not fail with "database is locked".
        var write = Task.Run(
            () => other.TryRecordAsync(new FiredMilestone("pip-1", "calls:50pct", TestStorage.Start, null), CancellationToken),
            CancellationToken);
        var finishedWhileLocked = await Task.WhenAny(write, Task.Delay(TimeSpan.FromMilliseconds(300), CancellationToken)) == write;
        await transaction.CommitAsync(CancellationToken);

        // Assert
        finishedWhileLocked.ShouldBeFalse();
        (await write).ShouldBeTrue();
    }
}
