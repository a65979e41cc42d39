using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;
using PipWatch.Sources;

namespace PipWatch.Reporting;

/// <summary>
/// The org source of a command that must work from stored data alone: any attempt to reach Salesforce is a bug,
/// and fails loudly instead of spending the org's API budget or needing its credentials.
/// </summary>
public sealed class OfflineOrgSource : IOrgSource
{
    public Task<DirectoryResult> ResolvePeopleAsync(IReadOnlyCollection<Pip> pips, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("This command reads only stored data and never asks Salesforce for people.");

    public Task<MetricFetchResult> FetchAsync(IReadOnlyCollection<RepWindow> reps, IEnumerable<MetricDefinition> metrics, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("This command reads only stored data and never polls Salesforce.");
}
