using PipWatch.Configuration.Loading;
using PipWatch.Hosting;
using PipWatch.Salesforce;
using PipWatch.Salesforce.Validation;

namespace PipWatch.Commands;

/// <summary><c>validate --online</c>: checks the metric catalogue and the plans' reps against the org itself.</summary>
public static class OnlineCheck
{
    public static async Task<IReadOnlyList<ValidationProblem>> RunAsync(
        LoadedConfiguration loaded, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var settings = loaded.Settings!;
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddPipWatchConsole(environment).SetMinimumLevel(LogLevel.Warning));
        services.AddSalesforceSource(settings, environment);
        await using var provider = services.BuildServiceProvider();
        try
        {
            return await provider.GetRequiredService<OnlineValidator>().ValidateAsync(settings.Metrics, loaded.Pips, cancellationToken);
        }
        catch (SalesforceException ex)
        {
            return [new ValidationProblem("Salesforce", $"could not be checked: {ex.Message}")];
        }
    }
}
