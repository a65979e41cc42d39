using System.Diagnostics.CodeAnalysis;
using PipWatch.Configuration.Settings;

namespace PipWatch.Configuration.Secrets;

/// <summary>
/// Reads a secret from where a <see cref="SecretReference"/> points. Error messages name the reference and the
/// reason only, never any part of the secret.
/// </summary>
public sealed class SecretResolver(IReadOnlyDictionary<string, string?> environment)
{
    /// <exception cref="SecretUnavailableException">The variable is unset or empty, or the file cannot be read or is empty.</exception>
    public string Resolve(SecretReference reference) =>
        TryResolve(reference, out var value, out var error) ? value : throw new SecretUnavailableException(error);

    public bool TryResolve(SecretReference reference, [NotNullWhen(true)] out string? value, out string error)
    {
        (value, error) = (null, "");
        if (reference.EnvironmentVariable is { } variable)
        {
            if (!environment.TryGetValue(variable, out var found) || found is null)
            {
                error = $"environment variable {variable} is not set";
                return false;
            }

            if (found.Length == 0)
            {
                error = $"environment variable {variable} is empty";
                return false;
            }

            value = found;
            return true;
        }

        if (reference.File is not { } path)
        {
            error = "the secret reference names neither an environment variable nor a file";
            return false;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // These exceptions describe the path and the failure, never the file's content.
            error = $"file {path} cannot be read: {ex.Message}";
            return false;
        }

        // Mounted secrets and `echo secret > file` end with a newline that is not part of the secret.
        text = text.TrimEnd('\n', '\r');
        if (text.Length == 0)
        {
            error = $"file {path} is empty";
            return false;
        }

        value = text;
        return true;
    }
}
