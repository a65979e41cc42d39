using Microsoft.Extensions.DependencyInjection.Extensions;
using PipWatch.Configuration.Settings;

namespace PipWatch.Hosting;

/// <summary>The pipeline's services for one-shot commands (run-once, status, migrate): no web server, no Hangfire.</summary>
public static class CommandServices
{
    /// <param name="time">A fixed or simulated clock (<c>--as-of</c>, the demo); the system clock when null.</param>
    /// <param name="addSource">Registers the org source; the Salesforce connector when null.</param>
    public static ServiceProvider Build(
        PipWatchSettings settings,
        string configDirectory,
        IReadOnlyDictionary<string, string?> environment,
        TimeProvider? time = null,
        Action<IServiceCollection>? addSource = null,
        LogLevel minimumLevel = LogLevel.Warning)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddPipWatchConsole(environment, toStandardError: true).SetMinimumLevel(minimumLevel));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.TryAddSingleton(TimeProvider.System);
        if (addSource is null)
        {
            services.AddSalesforceSource(settings, environment);
        }
        else
        {
            addSource(services);
        }

        services.AddPipWatchPipeline(settings, configDirectory, environment);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
