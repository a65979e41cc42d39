using Microsoft.Extensions.Logging;
using PipWatch.Configuration.Settings;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Json;

namespace PipWatch.Salesforce.Auth;

/// <summary>
/// Holds the one access token every caller shares. Salesforce tokens carry no expiry, so a token is kept until a
/// call is rejected with 401; then <see cref="Invalidate"/> drops it and the next caller logs in again. A
/// semaphore lets exactly one caller log in while the others wait for its token, so a burst of concurrent
/// queries (or of 401s) never turns into a burst of logins.
/// </summary>
public sealed partial class SalesforceSession(
    IHttpClientFactory httpClientFactory,
    SalesforceSettings settings,
    SalesforceCredentials credentials,
    SalesforceTelemetry telemetry,
    TimeProvider timeProvider,
    ILogger<SalesforceSession> logger) : IDisposable
{
    internal const string HttpClientName = "PipWatch.Salesforce.Login";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SalesforceToken? _current;
    private int _logins;

    /// <summary>How many times this process has logged in (for diagnostics and tests).</summary>
    public int LoginCount => Volatile.Read(ref _logins);

    public async ValueTask<SalesforceToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current);
        if (token is not null)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            token = Volatile.Read(ref _current);
            if (token is null)
            {
                token = await LoginAsync(cancellationToken);
                Volatile.Write(ref _current, token);
            }

            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> unless another caller already replaced it.</summary>
    public void Invalidate(SalesforceToken rejected) => Interlocked.CompareExchange(ref _current, null, rejected);

    public void Dispose() => _gate.Dispose();

    private async Task<SalesforceToken> LoginAsync(CancellationToken cancellationToken)
    {
        var flow = settings.AuthFlow;
        var form = BuildForm(flow);
        var tokenUri = new Uri(settings.LoginUrl, "/services/oauth2/token");

        var httpClient = httpClientFactory.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUri) { Content = new FormUrlEncodedContent(form) };
        using var response = await SalesforceTransport.SendAsync(httpClient, request, settings.Resilience, telemetry, "login", cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (!response.IsSuccessStatusCode)
        {
            throw ResponseReader.AuthFailure(response.StatusCode, contentType, body, FlowName(flow));
        }

        var token = ResponseReader.Read(response.StatusCode, contentType, body, SalesforceJsonContext.Default.TokenResponseBody, $"the {FlowName(flow)} login");
        if (string.IsNullOrEmpty(token.AccessToken))
        {
            throw new SalesforceAuthException($"The {FlowName(flow)} login answered without an access_token.");
        }

        var instance = ParseInstanceUrl(token.InstanceUrl);
        Interlocked.Increment(ref _logins);
        var flowName = FlowName(flow);
        Log.LoggedIn(logger, flowName, instance.Host);
        return new SalesforceToken(token.AccessToken, instance, timeProvider.GetUtcNow());
    }

    private Dictionary<string, string> BuildForm(SalesforceAuthFlow flow)
    {
        var clientId = Require(settings.ClientId, "salesforce.client_id", flow);
        switch (flow)
        {
            case SalesforceAuthFlow.JwtBearer:
                {
                    var username = Require(settings.Username, "salesforce.username", flow);
                    var pem = Require(credentials.PrivateKeyPem, "salesforce.private_key", flow);
                    using var key = JwtBearerAssertion.LoadPrivateKey(pem, settings.PrivateKey?.ToString() ?? "salesforce.private_key");
                    var assertion = JwtBearerAssertion.Create(
                        clientId, username, JwtBearerAssertion.AudienceFor(settings.LoginUrl), timeProvider.GetUtcNow(), key);
                    return new()
                    {
                        ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
                        ["assertion"] = assertion,
                    };
                }

            case SalesforceAuthFlow.ClientCredentials:
                return new()
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = clientId,
                    ["client_secret"] = Require(credentials.ClientSecret, "salesforce.client_secret", flow),
                };

            case SalesforceAuthFlow.RefreshToken:
                {
                    var form = new Dictionary<string, string>
                    {
                        ["grant_type"] = "refresh_token",
                        ["client_id"] = clientId,
                        ["refresh_token"] = Require(credentials.RefreshToken, "salesforce.refresh_token", flow),
                    };
                    if (!string.IsNullOrEmpty(credentials.ClientSecret))
                    {
                        form["client_secret"] = credentials.ClientSecret;
                    }

                    return form;
                }

            case SalesforceAuthFlow.UsernamePassword:
                Log.UsernamePasswordDeprecated(logger);
                return new()
                {
                    ["grant_type"] = "password",
                    ["client_id"] = clientId,
                    ["client_secret"] = Require(credentials.ClientSecret, "salesforce.client_secret", flow),
                    ["username"] = Require(settings.Username, "salesforce.username", flow),
                    ["password"] = Require(credentials.Password, "salesforce.password", flow),
                };

            default:
                throw new SalesforceAuthException($"Unknown Salesforce login flow {flow} (salesforce.auth_flow).");
        }
    }

    private static string Require(string? value, string key, SalesforceAuthFlow flow) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new SalesforceAuthException($"The {FlowName(flow)} login needs {key}, which is not set or is empty.")
            : value;

    // Calls must go to the org's own instance; anything but an absolute https URL (plain http only on loopback,
    // for local fakes) would send the bearer token somewhere it does not belong.
    private static Uri ParseInstanceUrl(string? value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            return new Uri(uri.GetLeftPart(UriPartial.Authority));
        }

        throw new SalesforceAuthException($"The login answered with instance_url '{value}', which is not an absolute https URL.");
    }

    private static string FlowName(SalesforceAuthFlow flow) => flow switch
    {
        SalesforceAuthFlow.JwtBearer => "JWT bearer",
        SalesforceAuthFlow.ClientCredentials => "client credentials",
        SalesforceAuthFlow.RefreshToken => "refresh token",
        SalesforceAuthFlow.UsernamePassword => "username-password",
        _ => flow.ToString(),
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Logged in to Salesforce with the {Flow} flow; instance {InstanceHost}")]
        public static partial void LoggedIn(ILogger logger, string flow, string instanceHost);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Using the username-password login flow, which Salesforce has deprecated and blocks in new orgs; switch salesforce.auth_flow to jwt_bearer or client_credentials")]
        public static partial void UsernamePasswordDeprecated(ILogger logger);
    }
}
