namespace PipWatch.Configuration.Settings;

/// <summary>
/// Where a secret lives: an environment variable or a mounted file. Configuration never holds the secret itself,
/// and <see cref="ToString"/> names only the reference, so a secret cannot leak into a log or error message.
/// </summary>
public sealed record SecretReference(string? EnvironmentVariable, string? File)
{
    public override string ToString() =>
        EnvironmentVariable is not null ? $"environment variable {EnvironmentVariable}" : $"file {File}";
}
