namespace PipWatch.Storage.Migrations;

/// <summary>The database schema is older than this build of PipWatch needs.</summary>
public sealed class SchemaOutOfDateException : Exception
{
    public SchemaOutOfDateException(int currentVersion, int requiredVersion)
        : base($"The database schema is at version {currentVersion} but this PipWatch needs {requiredVersion}: run `pipwatch migrate`.")
    {
        CurrentVersion = currentVersion;
        RequiredVersion = requiredVersion;
    }

    public SchemaOutOfDateException()
    {
    }

    public SchemaOutOfDateException(string message)
        : base(message)
    {
    }

    public SchemaOutOfDateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int CurrentVersion { get; }

    public int RequiredVersion { get; }
}
