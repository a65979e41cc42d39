using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PipWatch.Configuration.Settings;
using PipWatch.Salesforce.Auth;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;
using PipWatch.Salesforce.Validation;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Infrastructure;

/// <summary>A fake Salesforce on loopback and the connector wired to it through <c>AddSalesforce</c>.</summary>
public sealed class SalesforceTestContext : IAsyncDisposable
{
    private SalesforceTestContext(FakeSalesforce fake, ServiceProvider services, SalesforceSettings settings)
    {
        Fake = fake;
        Services = services;
        Settings = settings;
    }

    public FakeSalesforce Fake { get; }

    public ServiceProvider Services { get; }

    public SalesforceSettings Settings { get; }

    public FakeOrg Org => Fake.Org;

    public SalesforceClient Client => Services.GetRequiredService<SalesforceClient>();

    public SalesforceSession Session => Services.GetRequiredService<SalesforceSession>();

    public MetricFetcher Fetcher => Services.GetRequiredService<MetricFetcher>();

    public UserDirectory Directory => Services.GetRequiredService<UserDirectory>();

    public OnlineValidator Validator => Services.GetRequiredService<OnlineValidator>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Client-credentials login, tiny retry delays and a breaker that only opens when a test asks it to.</summary>
    public static SalesforceSettings DefaultSettings(Uri loginUrl) => new()
    {
        LoginUrl = loginUrl,
        AuthFlow = SalesforceAuthFlow.ClientCredentials,
        ClientId = "3MVG9fakeConsumerKey",
        Username = "integration@acme.example",
        Resilience = new SalesforceResilienceSettings
        {
            MaxRetries = 2,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            AttemptTimeout = TimeSpan.FromSeconds(10),
            TotalTimeout = TimeSpan.FromSeconds(30),
            BreakerFailureRatio = 0.99,
            BreakerMinimumThroughput = 1000,
            BreakerSamplingDuration = TimeSpan.FromSeconds(30),
            BreakerBreakDuration = TimeSpan.FromSeconds(5),
        },
    };

    public static async Task<SalesforceTestContext> StartAsync(
        Func<SalesforceSettings, SalesforceSettings>? configure = null,
        FakeOrg? org = null,
        SalesforceCredentials? credentials = null,
        TimeProvider? timeProvider = null,
        Action<FakeSalesforce>? arrange = null)
    {
        var fake = await FakeSalesforce.StartAsync(org);
        arrange?.Invoke(fake);
        var settings = DefaultSettings(fake.LoginUrl);
        settings = configure?.Invoke(settings) ?? settings;

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddSalesforce(settings, credentials ?? new SalesforceCredentials { ClientSecret = "fake-secret" });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new SalesforceTestContext(fake, provider, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
