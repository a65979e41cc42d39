using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PipWatch.Configuration.Settings;
using PipWatch.Salesforce.Auth;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;
using PipWatch.Salesforce.Validation;

namespace PipWatch.Salesforce;

public static class SalesforceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Salesforce connector: the shared session, the typed client behind the resilience pipeline,
    /// the user directory, the metric fetcher, the online validator and the connector's telemetry.
    /// </summary>
    public static IServiceCollection AddSalesforce(this IServiceCollection services, SalesforceSettings settings, SalesforceCredentials credentials)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(settings);
        services.AddSingleton(credentials);
        services.AddSingleton<ApiUsageMonitor>();
        services.AddSingleton<SalesforceTelemetry>();
        services.AddSingleton<SalesforceSession>();

        // The pipeline owns timeouts; HttpClient's own only backs it up for a body that trickles in after headers.
        var clientTimeout = settings.Resilience.TotalTimeout + TimeSpan.FromSeconds(30);

        services.AddHttpClient(SalesforceSession.HttpClientName, c => c.Timeout = clientTimeout)
            .ConfigurePrimaryHttpMessageHandler(CreateHandler)
            .AddResilienceHandler("salesforce-login", builder => SalesforceResilience.Configure(builder, settings.Resilience));

        services.AddHttpClient<SalesforceClient>(c =>
            {
                c.Timeout = clientTimeout;
                c.DefaultRequestHeaders.Accept.ParseAdd("application/json");

                // Salesforce compresses only when asked; the handler below decompresses.
                c.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
                c.DefaultRequestHeaders.AcceptEncoding.ParseAdd("deflate");
            })
            .ConfigurePrimaryHttpMessageHandler(CreateHandler)
            .AddResilienceHandler("salesforce-api", builder => SalesforceResilience.Configure(builder, settings.Resilience));

        services.AddTransient<UserDirectory>();
        services.AddTransient<MetricFetcher>();
        services.AddTransient<OnlineValidator>();
        return services;
    }

    private static SocketsHttpHandler CreateHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
