namespace PipWatch.Configuration.Secrets;

/// <summary>A referenced secret could not be read; the message says which reference and why, without the secret.</summary>
public sealed class SecretUnavailableException : Exception
{
    public SecretUnavailableException()
    {
    }

    public SecretUnavailableException(string message)
        : base(message)
    {
    }

    public SecretUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
