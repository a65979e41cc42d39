using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace PipWatch.Hosting;

/// <summary>
/// Basic authentication for the Hangfire dashboard (meant to sit behind TLS termination). Hangfire's own default
/// only admits local requests, which is useless in a pod; this admits a configured user with the password from a secret.
/// </summary>
public sealed class DashboardAuthorization(string username, string password) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (Matches(http.Request.Headers.Authorization.ToString()))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"PipWatch\"";
        return false;
    }

    private bool Matches(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes($"{username}:{password}");
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(decoded), expected);
    }
}
