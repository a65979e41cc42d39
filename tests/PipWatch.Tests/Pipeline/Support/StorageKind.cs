namespace PipWatch.Tests.Pipeline.Support;

/// <summary>Which state storage a test world runs on.</summary>
public enum StorageKind
{
    /// <summary>The embedded default: a SQLite file in the world's folder.</summary>
    Sqlite,

    /// <summary>A fresh database on the test command's PostgreSQL server, referenced from the config by env.</summary>
    Postgres,
}
