using Npgsql;

namespace PipWatch.Testing;

/// <summary>
/// The PostgreSQL server started by <c>tests/run-all.sh</c>. Tests that need it fail, never skip, when it is
/// missing: a skipped storage test would let a broken PostgreSQL path land unnoticed.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "PIPWATCH_TEST_POSTGRES";

    /// <summary>Connection string of the server's maintenance database.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run the tests through tests/run-all.sh, which starts a throwaway PostgreSQL server on loopback.");

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }
}
