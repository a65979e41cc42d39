using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Settings;

namespace PipWatch.Configuration.Sections;

internal static partial class SalesforceSection
{
    private static readonly string[] s_genericLoginHosts = ["login.salesforce.com", "test.salesforce.com"];

    public static SalesforceSettings Read(MappingReader r)
    {
        var d = new SalesforceSettings();
        var settings = new SalesforceSettings
        {
            LoginUrl = r.Read("login_url", d.LoginUrl, ScalarParsers.WebUrl, u => u.Scheme == Uri.UriSchemeHttps, "must use https"),
            ApiVersion = r.Read("api_version", d.ApiVersion, ScalarParsers.String, v => ApiVersionPattern().IsMatch(v), "is not an API version: write it like v64.0"),
            AuthFlow = r.Read("auth_flow", d.AuthFlow, ScalarParsers.Choice),
            ClientId = r.String("client_id"),
            Username = r.Read<string?>("username", null, UsernameParser),
            PrivateKey = r.Secret("private_key", CheckPrivateKey),
            ClientSecret = r.Secret("client_secret"),
            RefreshToken = r.Secret("refresh_token"),
            Password = r.Secret("password"),
            StopAtUsageFraction = r.Read("stop_at_usage_fraction", d.StopAtUsageFraction, ScalarParsers.Number, v => v > 0 && v <= 1, "must be a fraction above 0 and at most 1, e.g. 0.9"),
            QueryBatchSize = r.Int("query_batch_size", d.QueryBatchSize, 200, 2000),
            MaxParallelQueries = r.Int("max_parallel_queries", d.MaxParallelQueries, 1, 20),
            MaxIdsPerQuery = r.Int("max_ids_per_query", d.MaxIdsPerQuery, 1, 500),
            Resilience = ReadResilience(r.Section("resilience")),
        };
        CheckAuthFlow(r, settings);
        r.Finish();
        return settings;
    }

    private static void CheckAuthFlow(MappingReader r, SalesforceSettings s)
    {
        var flow = KeyNames.ToSnakeCase(s.AuthFlow.ToString());
        void Require(string key, string what, string example)
        {
            if (!r.Has(key))
            {
                r.Report(key, $"the {flow} sign-in needs {what}: add '{key}: {example}'");
            }
        }

        Require("client_id", "the connected app's consumer key", "<consumer key>");
        switch (s.AuthFlow)
        {
            case SalesforceAuthFlow.JwtBearer:
                Require("username", "the integration user's username", "pipwatch@acme.com");
                Require("private_key", "the private key it signs with", "{ file: /var/run/secrets/pipwatch/salesforce.key }");
                break;
            case SalesforceAuthFlow.ClientCredentials:
                Require("client_secret", "the consumer secret", "{ env: PIPWATCH_SALESFORCE_CLIENT_SECRET }");
                if (s_genericLoginHosts.Contains(s.LoginUrl.Host, StringComparer.OrdinalIgnoreCase))
                {
                    r.Report("login_url", "the client_credentials sign-in only works on the org's My Domain address, e.g. https://acme.my.salesforce.com");
                }

                break;
            case SalesforceAuthFlow.RefreshToken:
                Require("refresh_token", "a refresh token", "{ file: /var/run/secrets/pipwatch/salesforce-refresh-token }");
                break;
            case SalesforceAuthFlow.UsernamePassword:
                Require("username", "the integration user's username", "pipwatch@acme.com");
                Require("password", "the user's password followed by its security token", "{ env: PIPWATCH_SALESFORCE_PASSWORD }");
                Require("client_secret", "the consumer secret", "{ env: PIPWATCH_SALESFORCE_CLIENT_SECRET }");
                break;
        }
    }

    private static SalesforceResilienceSettings ReadResilience(MappingReader r)
    {
        var d = new SalesforceResilienceSettings();
        var settings = new SalesforceResilienceSettings
        {
            MaxRetries = r.Int("max_retries", d.MaxRetries, 0, 10),
            BaseDelay = r.Duration("base_delay", d.BaseDelay, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1)),
            AttemptTimeout = r.Duration("attempt_timeout", d.AttemptTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)),
            TotalTimeout = r.Duration("total_timeout", d.TotalTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)),
            BreakerFailureRatio = r.Read("breaker_failure_ratio", d.BreakerFailureRatio, ScalarParsers.Number, v => v > 0 && v <= 1, "must be a fraction above 0 and at most 1, e.g. 0.5"),
            BreakerMinimumThroughput = r.Int("breaker_minimum_throughput", d.BreakerMinimumThroughput, 2, 1000),
            BreakerSamplingDuration = r.Duration("breaker_sampling_duration", d.BreakerSamplingDuration, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)),
            BreakerBreakDuration = r.Duration("breaker_break_duration", d.BreakerBreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromHours(1)),
        };

        // The resilience pipeline rejects these combinations at start-up; say so here, in the file's terms.
        if (settings.TotalTimeout < settings.AttemptTimeout)
        {
            r.Report(r.Has("total_timeout") ? "total_timeout" : "attempt_timeout", "total_timeout must be at least attempt_timeout");
        }

        if (settings.BreakerSamplingDuration < 2 * settings.AttemptTimeout)
        {
            r.Report(r.Has("breaker_sampling_duration") ? "breaker_sampling_duration" : "attempt_timeout", "breaker_sampling_duration must be at least twice attempt_timeout");
        }

        r.Finish();
        return settings;
    }

    private static bool UsernameParser(string text, out string? value, out string error)
    {
        value = text;
        error = $"{ScalarParsers.Quote(text)} is not a Salesforce username: they are written like email addresses, e.g. pipwatch@acme.com";
        return ScalarParsers.Email(text, out _, out _);
    }

    private static string? CheckPrivateKey(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            _ = rsa.ExportParameters(includePrivateParameters: true);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return "does not hold a PEM RSA private key (-----BEGIN PRIVATE KEY----- ...)";
        }
    }

    [GeneratedRegex(@"^v\d{2,3}\.0$", RegexOptions.CultureInvariant)]
    private static partial Regex ApiVersionPattern();
}
