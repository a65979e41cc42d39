using PipWatch.Configuration.Settings;

namespace PipWatch.Salesforce.Auth;

/// <summary>
/// The secrets the configured login flow needs, already read from their environment variables or files.
/// <see cref="ToString"/> never shows them, so they cannot end up in a log by accident.
/// </summary>
public sealed class SalesforceCredentials
{
    /// <summary>PEM RSA private key for the JWT bearer flow.</summary>
    public string? PrivateKeyPem { get; init; }

    public string? ClientSecret { get; init; }

    public string? RefreshToken { get; init; }

    public string? Password { get; init; }

    /// <summary>Reads every secret the settings reference through <paramref name="readSecret"/> (environment or file).</summary>
    public static SalesforceCredentials Resolve(SalesforceSettings settings, Func<SecretReference, string> readSecret) => new()
    {
        PrivateKeyPem = settings.PrivateKey is null ? null : readSecret(settings.PrivateKey),
        ClientSecret = settings.ClientSecret is null ? null : readSecret(settings.ClientSecret),
        RefreshToken = settings.RefreshToken is null ? null : readSecret(settings.RefreshToken),
        Password = settings.Password is null ? null : readSecret(settings.Password),
    };

    public override string ToString() => "Salesforce credentials (values hidden)";
}
