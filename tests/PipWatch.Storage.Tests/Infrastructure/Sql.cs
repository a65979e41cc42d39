using System.Globalization;
using PipWatch.Storage.Database;

namespace PipWatch.Storage.Tests.Infrastructure;

/// <summary>Plain SQL against a test database, for checks the stores' API does not offer.</summary>
public static class Sql
{
    public static async Task<long> ScalarAsync(StateDatabase database, string sql)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public static async Task<string?> TextAsync(StateDatabase database, string sql)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyList<string>> ColumnAsync(StateDatabase database, string sql)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public static async Task ExecuteAsync(StateDatabase database, string sql)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
