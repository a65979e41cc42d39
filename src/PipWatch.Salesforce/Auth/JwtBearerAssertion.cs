using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PipWatch.Salesforce.Auth;

/// <summary>
/// Builds the RS256-signed assertion for Salesforce's OAuth 2.0 JWT bearer flow: iss = consumer key,
/// sub = username, aud = login host, exp at most three minutes ahead (Salesforce rejects longer).
/// https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm
/// </summary>
public static class JwtBearerAssertion
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(3);

    public static string Create(string clientId, string username, string audience, DateTimeOffset now, RSA key)
    {
        var header = Base64Url.EncodeToString("""{"alg":"RS256"}"""u8);
        var payload = Base64Url.EncodeToString(Claims(clientId, username, audience, now + Lifetime));
        var signingInput = $"{header}.{payload}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>
    /// The audience is the authorization server, not the token endpoint's host: production and My Domain logins
    /// use login.salesforce.com, sandboxes test.salesforce.com; any other host (an Experience Cloud site) is used as is.
    /// </summary>
    public static string AudienceFor(Uri loginUrl)
    {
        var host = loginUrl.Host;
        if (host.Equals("test.salesforce.com", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".sandbox.my.salesforce.com", StringComparison.OrdinalIgnoreCase))
        {
            return "https://test.salesforce.com";
        }

        if (host.Equals("login.salesforce.com", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".my.salesforce.com", StringComparison.OrdinalIgnoreCase))
        {
            return "https://login.salesforce.com";
        }

        return loginUrl.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>Reads a PEM RSA private key (PKCS#1 or PKCS#8, unencrypted).</summary>
    public static RSA LoadPrivateKey(string pem, string source)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new SalesforceAuthException(
                $"The JWT private key from {source} is not an unencrypted PEM RSA private key " +
                "(expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----).",
                ex);
        }
    }

    private static byte[] Claims(string clientId, string username, string audience, DateTimeOffset expires)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", clientId);
            writer.WriteString("sub", username);
            writer.WriteString("aud", audience);
            writer.WriteNumber("exp", expires.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
