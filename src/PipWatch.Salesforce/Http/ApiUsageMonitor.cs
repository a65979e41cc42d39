using PipWatch.Configuration.Settings;

namespace PipWatch.Salesforce.Http;

/// <summary>Keeps the latest usage Salesforce reported and stops the cycle once it passes the configured fraction.</summary>
public sealed class ApiUsageMonitor(SalesforceSettings settings)
{
    private readonly Lock _lock = new();
    private ApiUsage? _latest;

    /// <summary>The most recent usage seen on any response, for the poll record and health output.</summary>
    public ApiUsage? Latest
    {
        get
        {
            lock (_lock)
            {
                return _latest;
            }
        }
    }

    internal ApiUsage? Record(HttpResponseMessage response)
    {
        var usage = response.Headers.TryGetValues(ApiUsage.HeaderName, out var values)
            ? ApiUsage.Parse(string.Join(';', values))
            : null;
        if (usage is not null)
        {
            lock (_lock)
            {
                _latest = usage;
            }
        }

        return usage;
    }

    /// <summary>
    /// Called after each successful response. Spending the rest of the allowance would starve the org's other
    /// integrations, so once usage passes the stop fraction the cycle ends here and the next one tries again.
    /// </summary>
    internal void EnsureBelowStop(ApiUsage? usage)
    {
        if (usage is { } current && current.Allowed > 0 && current.Fraction >= settings.StopAtUsageFraction)
        {
            throw new SalesforceUsageLimitException(
                $"Salesforce API usage is {current}, past the configured stop at {settings.StopAtUsageFraction:P0} " +
                "(salesforce.stop_at_usage_fraction); this cycle stops here and the next one tries again.",
                current,
                null);
        }
    }
}
