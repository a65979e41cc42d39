using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;

namespace PipWatch.Sources;

/// <summary>
/// Where people and metric values come from: the real Salesforce org, or the built-in demo org that feeds the same
/// pipeline without any account.
/// </summary>
public interface IOrgSource
{
    /// <summary>Each plan's rep and manager, with what is wrong with them reported per plan.</summary>
    Task<DirectoryResult> ResolvePeopleAsync(IReadOnlyCollection<Pip> pips, CancellationToken cancellationToken);

    /// <summary>Daily values per (rep, metric, local day) for the given reps and days; only days with records appear.</summary>
    Task<MetricFetchResult> FetchAsync(IReadOnlyCollection<RepWindow> reps, IEnumerable<MetricDefinition> metrics, CancellationToken cancellationToken);
}
