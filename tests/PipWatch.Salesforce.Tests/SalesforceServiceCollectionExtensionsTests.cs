using Microsoft.Extensions.DependencyInjection;
using PipWatch.Configuration.Settings;
using PipWatch.Salesforce.Auth;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;
using PipWatch.Salesforce.Validation;

namespace PipWatch.Salesforce.Tests;

public sealed class SalesforceServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSalesforce_Registers_Everything_The_Worker_Resolves()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSalesforce(new SalesforceSettings(), new SalesforceCredentials());

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<SalesforceClient>().ShouldNotBeNull();
        provider.GetRequiredService<MetricFetcher>().ShouldNotBeNull();
        provider.GetRequiredService<UserDirectory>().ShouldNotBeNull();
        provider.GetRequiredService<OnlineValidator>().ShouldNotBeNull();
        provider.GetRequiredService<ApiUsageMonitor>().ShouldBeSameAs(provider.GetRequiredService<ApiUsageMonitor>());
        provider.GetRequiredService<SalesforceSession>().ShouldBeSameAs(provider.GetRequiredService<SalesforceSession>());
        provider.GetRequiredService<TimeProvider>().ShouldBe(TimeProvider.System);
    }
}
