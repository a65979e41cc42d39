namespace PipWatch.Demo;

/// <summary>The demo's built-in configuration is missing or broken: an installation problem, not a user's mistake.</summary>
public sealed class DemoConfigurationException : Exception
{
    public DemoConfigurationException()
    {
    }

    public DemoConfigurationException(string message)
        : base(message)
    {
    }

    public DemoConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
