using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;
using PipWatch.Configuration.Settings;

namespace PipWatch.Salesforce.Http;

/// <summary>
/// The one resilience pipeline for Salesforce calls, outermost first: total timeout → retry → circuit breaker →
/// attempt timeout (the order the standard handler uses). Retries cover 5xx, 408, 429, attempt timeouts and
/// connection failures, with exponential backoff and jitter, honouring Retry-After. Every other 4xx — including
/// 403 REQUEST_LIMIT_EXCEEDED — goes straight back to the caller: retrying a refusal only spends more of the
/// org's allowance. Re-authentication on 401 is the client's job, not a retry here. All calls this pipeline
/// carries are reads (and the token exchange), so a retry can never duplicate a side effect.
/// </summary>
internal static class SalesforceResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, SalesforceResilienceSettings settings)
    {
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "SalesforceTotalTimeout", Timeout = settings.TotalTimeout });

        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "SalesforceRetry",
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "SalesforceCircuitBreaker",
            FailureRatio = settings.BreakerFailureRatio,
            MinimumThroughput = settings.BreakerMinimumThroughput,
            SamplingDuration = settings.BreakerSamplingDuration,
            BreakDuration = settings.BreakerBreakDuration,
        });

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "SalesforceAttemptTimeout", Timeout = settings.AttemptTimeout });
    }
}
