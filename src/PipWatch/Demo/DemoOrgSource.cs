using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;
using PipWatch.Sources;

namespace PipWatch.Demo;

/// <summary>
/// The built-in demo org behind the same pipeline as production. People are resolved the way the Salesforce
/// directory resolves them, problems included; metric reads return what the org holds at the clock's now, so a
/// simulated clock replays the plans day by day with half-finished days included.
/// </summary>
public sealed class DemoOrgSource(DemoOrg org, DemoDataGenerator generator, TimeProvider time) : IOrgSource
{
    /// <summary>The demo org with the data of the shipped demo configuration, read at the clock's now.</summary>
    /// <exception cref="DemoConfigurationException">The demo configuration is missing or broken.</exception>
    public DemoOrgSource(TimeProvider time)
        : this(DemoOrg.Instance, DemoConfiguration.CreateGenerator(DemoConfiguration.Load()), time)
    {
    }

    public Task<DirectoryResult> ResolvePeopleAsync(IReadOnlyCollection<Pip> pips, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var today = org.AsOf(time.GetUtcNow());
        var people = pips.Select(p => Resolve(today, p)).ToList();

        // Like the real directory: one query for every rep with their managers, one more only for managers named in plans.
        var namedManagers = pips.Any(p => !string.IsNullOrWhiteSpace(p.ManagerOverride));
        return Task.FromResult(new DirectoryResult(people, pips.Count == 0 ? 0 : namedManagers ? 2 : 1));
    }

    public Task<MetricFetchResult> FetchAsync(
        IReadOnlyCollection<RepWindow> reps, IEnumerable<MetricDefinition> metrics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var queryMetrics = metrics.OfType<QueryMetric>().DistinctBy(m => m.Name).ToList();
        if (reps.Count == 0 || queryMetrics.Count == 0)
        {
            return Task.FromResult(new MetricFetchResult([], 0, 0, null));
        }

        var values = generator.Generate(reps, queryMetrics, time.GetUtcNow());

        // The real poll costs one aggregate query per metric (fewer when metrics share their records).
        return Task.FromResult(new MetricFetchResult(values, queryMetrics.Count, 0, null));
    }

    private static PipPeople Resolve(DemoOrg org, Pip pip)
    {
        var problems = new List<PeopleProblem>();
        var where = $"PIP {pip.Id}{(pip.SourceFile.Length > 0 ? $" ({pip.SourceFile})" : "")}";
        var matches = org.Match(pip.Rep.Value);
        SalesforceUser? rep = null;
        switch (matches.Count)
        {
            case 0:
                problems.Add(new(PeopleProblemKind.UnknownRep, $"{where}: no user of the demo org has the Id, username or email '{pip.Rep.Value}'."));
                break;
            case 1:
                rep = matches[0].User;
                if (!rep.IsActive)
                {
                    problems.Add(new(PeopleProblemKind.InactiveRep, $"{where}: rep {rep.Name} ({rep.Id}) is inactive in the demo org."));
                }

                if (!ZoneIsKnown(rep.TimeZoneSidKey) && !ZoneIsKnown(pip.TimeZoneOverride))
                {
                    problems.Add(new(PeopleProblemKind.UnknownTimeZone, $"{where}: rep {rep.Name} has time zone '{rep.TimeZoneSidKey}', which this machine does not know; set time_zone in the plan."));
                }

                break;
            default:
                problems.Add(new(PeopleProblemKind.AmbiguousRep, $"{where}: '{pip.Rep.Value}' is the email of {matches.Count} users ({string.Join(", ", matches.Select(u => u.Id))}); name the rep by username or Id."));
                break;
        }

        var manager = FindManager(org, pip, rep, where, problems);
        if (manager is not null)
        {
            if (string.IsNullOrWhiteSpace(manager.Email))
            {
                problems.Add(new(PeopleProblemKind.ManagerWithoutEmail, $"{where}: manager {manager.Name} ({manager.Id}) has no email address in the demo org."));
            }

            if (!manager.IsActive)
            {
                problems.Add(new(PeopleProblemKind.InactiveManager, $"{where}: manager {manager.Name} ({manager.Id}) is inactive in the demo org."));
            }
        }

        return new PipPeople(pip.Id, pip.SourceFile, rep, manager, problems);
    }

    private static SalesforceUser? FindManager(DemoOrg org, Pip pip, SalesforceUser? rep, string where, List<PeopleProblem> problems)
    {
        if (pip.ManagerOverride is { } named && named.Trim().Length > 0)
        {
            var matches = org.Match(named);
            switch (matches.Count)
            {
                case 1:
                    return matches[0].User;
                case 0:
                    problems.Add(new(PeopleProblemKind.UnknownManager, $"{where}: the manager named in the plan, '{named}', is not a user of the demo org."));
                    return null;
                default:
                    problems.Add(new(PeopleProblemKind.AmbiguousManager, $"{where}: the manager named in the plan, '{named}', is the email of {matches.Count} users; use a username or Id."));
                    return null;
            }
        }

        if (rep is null)
        {
            return null;
        }

        if (rep.ManagerId is { } managerId && org.FindById(managerId) is { } manager)
        {
            return manager.User;
        }

        problems.Add(new(PeopleProblemKind.NoManager, $"{where}: rep {rep.Name} has no manager in the demo org and the plan names none (manager)."));
        return null;
    }

    private static bool ZoneIsKnown(string? zone) => zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);
}
