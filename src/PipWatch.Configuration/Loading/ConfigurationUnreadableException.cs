namespace PipWatch.Configuration.Loading;

/// <summary>The configuration could not be read at all (missing or unreadable directory or file): a runtime failure, not a mistake in it.</summary>
public sealed class ConfigurationUnreadableException : Exception
{
    public ConfigurationUnreadableException()
    {
    }

    public ConfigurationUnreadableException(string message)
        : base(message)
    {
    }

    public ConfigurationUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
