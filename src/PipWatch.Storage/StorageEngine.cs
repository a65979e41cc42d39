namespace PipWatch.Storage;

/// <summary>The database engine behind PipWatch's state.</summary>
public enum StorageEngine
{
    /// <summary>The embedded single-file default for one instance.</summary>
    Sqlite,

    /// <summary>A shared server that several replicas can use at once.</summary>
    Postgres,
}
