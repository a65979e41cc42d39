namespace PipWatch.Configuration.Settings;

public enum SalesforceAuthFlow
{
    JwtBearer,
    ClientCredentials,
    RefreshToken,

    /// <summary>Deprecated by Salesforce and blocked in new orgs; only when explicitly configured.</summary>
    UsernamePassword,
}

public sealed record SalesforceSettings
{
    /// <summary>Token endpoint host: login.salesforce.com, test.salesforce.com or the org's My Domain.</summary>
    public Uri LoginUrl { get; init; } = new("https://login.salesforce.com");

    public string ApiVersion { get; init; } = "v64.0";

    public SalesforceAuthFlow AuthFlow { get; init; } = SalesforceAuthFlow.JwtBearer;

    /// <summary>The connected app's consumer key.</summary>
    public string? ClientId { get; init; }

    /// <summary>The integration user's username (JWT <c>sub</c>, username-password flow).</summary>
    public string? Username { get; init; }

    /// <summary>PEM RSA private key for the JWT bearer flow.</summary>
    public SecretReference? PrivateKey { get; init; }

    public SecretReference? ClientSecret { get; init; }

    public SecretReference? RefreshToken { get; init; }

    public SecretReference? Password { get; init; }

    /// <summary>The cycle stops cleanly once API usage passes this fraction of the daily allowance.</summary>
    public double StopAtUsageFraction { get; init; } = 0.9;

    /// <summary>Sforce-Query-Options batch size for plain queries (200–2000).</summary>
    public int QueryBatchSize { get; init; } = 2000;

    /// <summary>Queries in flight at once; well under Salesforce's 25 long-running requests.</summary>
    public int MaxParallelQueries { get; init; } = 4;

    /// <summary>Owner Ids per IN list, so a request URI stays well under 16 KB.</summary>
    public int MaxIdsPerQuery { get; init; } = 300;

    public SalesforceResilienceSettings Resilience { get; init; } = new();
}

public sealed record SalesforceResilienceSettings
{
    public int MaxRetries { get; init; } = 3;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public double BreakerFailureRatio { get; init; } = 0.5;

    public int BreakerMinimumThroughput { get; init; } = 5;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
