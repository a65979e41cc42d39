namespace PipWatch.Configuration.Settings;

/// <summary>PostgreSQL when a connection string is referenced; otherwise the embedded SQLite file.</summary>
public sealed record StorageSettings
{
    /// <summary>Npgsql connection string (it may hold a password, so it is a secret by reference).</summary>
    public SecretReference? PostgresConnectionString { get; init; }

    /// <summary>The embedded database file, relative to the working directory.</summary>
    public string SqlitePath { get; init; } = "data/pipwatch.db";

    /// <summary>Schema for Hangfire's own tables on PostgreSQL.</summary>
    public string HangfireSchema { get; init; } = "pipwatch_hangfire";
}
