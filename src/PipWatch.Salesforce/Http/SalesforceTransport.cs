using Polly.CircuitBreaker;
using Polly.Timeout;
using PipWatch.Configuration.Settings;

namespace PipWatch.Salesforce.Http;

/// <summary>
/// Sends through the resilient handler, counts the call for the connector's metrics, and turns what Polly and the
/// socket throw into connector exceptions.
/// </summary>
internal static class SalesforceTransport
{
    /// <param name="kind">What the call is for, as the API call counter labels it (login, query, ...).</param>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient httpClient,
        HttpRequestMessage request,
        SalesforceResilienceSettings resilience,
        SalesforceTelemetry telemetry,
        string kind,
        CancellationToken cancellationToken)
    {
        try
        {
            var response = await SendCoreAsync(httpClient, request, resilience, cancellationToken);
            telemetry.CallMade(kind, response.IsSuccessStatusCode);
            return response;
        }
        catch (SalesforceUnavailableException)
        {
            telemetry.CallMade(kind, succeeded: false);
            throw;
        }
    }

    private static async Task<HttpResponseMessage> SendCoreAsync(
        HttpClient httpClient, HttpRequestMessage request, SalesforceResilienceSettings resilience, CancellationToken cancellationToken)
    {
        var target = $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)}";
        try
        {
            return await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new SalesforceUnavailableException(
                $"Salesforce calls are paused: the circuit breaker opened after repeated failures and stays open for " +
                $"{resilience.BreakerBreakDuration} (salesforce.resilience.breaker_break_duration); {target} was not sent.",
                ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SalesforceUnavailableException(
                $"Salesforce did not answer {target} in time (each attempt may take {resilience.AttemptTimeout}, " +
                $"all attempts together {resilience.TotalTimeout}; salesforce.resilience.attempt_timeout / total_timeout).",
                ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SalesforceUnavailableException(
                $"Salesforce did not finish answering {target} within {httpClient.Timeout}.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SalesforceUnavailableException(
                $"Could not reach Salesforce for {target} after retries: {ex.Message}", ex);
        }
    }
}
