namespace PipWatch.Storage.Tests.Infrastructure;

/// <summary>Runs a theory once per storage engine: both must behave the same.</summary>
public sealed class Engines : TheoryData<StorageEngine>
{
    public Engines()
    {
        Add(StorageEngine.Sqlite);
        Add(StorageEngine.Postgres);
    }
}
