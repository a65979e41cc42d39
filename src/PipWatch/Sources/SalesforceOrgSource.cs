using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;

namespace PipWatch.Sources;

/// <summary>The real org, through the Salesforce connector.</summary>
public sealed class SalesforceOrgSource(UserDirectory directory, MetricFetcher fetcher) : IOrgSource
{
    public Task<DirectoryResult> ResolvePeopleAsync(IReadOnlyCollection<Pip> pips, CancellationToken cancellationToken) =>
        directory.ResolveAsync(pips, cancellationToken);

    public Task<MetricFetchResult> FetchAsync(
        IReadOnlyCollection<RepWindow> reps, IEnumerable<MetricDefinition> metrics, CancellationToken cancellationToken) =>
        fetcher.FetchAsync(reps, metrics, cancellationToken);
}
