using PipWatch.Core.Metrics;
using PipWatch.Salesforce.Http;

namespace PipWatch.Salesforce.Metrics;

/// <summary>
/// Daily values per (rep, metric, local day) — only days with records appear — plus what the fetch cost:
/// the API calls made (including those refused for too many rows and then split), how many splits that took, and the org's usage afterwards.
/// </summary>
public sealed record MetricFetchResult(IReadOnlyList<DailyMetricValue> Values, int ApiCalls, int Splits, ApiUsage? Usage);
