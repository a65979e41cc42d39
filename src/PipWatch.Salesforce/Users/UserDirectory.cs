using Microsoft.Extensions.Logging;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Json;
using PipWatch.Salesforce.Soql;

namespace PipWatch.Salesforce.Users;

/// <summary>
/// Resolves every plan's rep and manager. Reps come from one User query (split only as the IN-list limits
/// require) that also reads each rep's manager through the Manager relationship, so managers cost no query of
/// their own; only managers named in a plan file instead of Salesforce's hierarchy need a second query.
/// A plan names its rep by Id, username or email. Salesforce usernames look like email addresses, so a name is
/// matched against both, and a username match wins over an email match (usernames are unique, emails are not).
/// </summary>
public sealed partial class UserDirectory(SalesforceClient client, SalesforceSettings settings, ILogger<UserDirectory> logger)
{
    private const string Fields = "Id, Username, Email, Name, ManagerId, TimeZoneSidKey, LocaleSidKey, IsActive";
    private const string ManagerFields = "Manager.Id, Manager.Username, Manager.Email, Manager.Name, Manager.ManagerId, Manager.TimeZoneSidKey, Manager.LocaleSidKey, Manager.IsActive";

    public async Task<DirectoryResult> ResolveAsync(IReadOnlyCollection<Pip> pips, CancellationToken cancellationToken)
    {
        var calls = 0;
        var reps = new List<SalesforceUser>();
        var managersById = new Dictionary<string, SalesforceUser>(StringComparer.Ordinal);

        var repRefs = pips.Select(p => p.Rep.Value.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var (_, query) in SoqlChunker.Chunk(repRefs, settings.MaxIdsPerQuery, chunk => UserQuery(chunk, withManager: true)))
        {
            var result = await client.QueryAsync(query, cancellationToken);
            calls += result.ApiCalls;
            foreach (var record in result.Records)
            {
                var user = record.Deserialize(SalesforceJsonContext.Default.UserRecord);
                if (ToUser(user) is { } rep)
                {
                    reps.Add(rep);
                    if (ToUser(user!.Manager) is { } manager)
                    {
                        managersById[IdKey(manager.Id)] = manager;
                    }
                }
            }
        }

        var overrides = pips.Select(p => p.ManagerOverride?.Trim())
            .OfType<string>()
            .Where(v => v.Length > 0 && Match([.. reps, .. managersById.Values], v).Count == 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var overrideUsers = new List<SalesforceUser>([.. reps, .. managersById.Values]);
        foreach (var (_, query) in SoqlChunker.Chunk(overrides, settings.MaxIdsPerQuery, chunk => UserQuery(chunk, withManager: false)))
        {
            var result = await client.QueryAsync(query, cancellationToken);
            calls += result.ApiCalls;
            overrideUsers.AddRange(result.Records.Select(r => ToUser(r.Deserialize(SalesforceJsonContext.Default.UserRecord))).OfType<SalesforceUser>());
        }

        var people = pips.Select(pip => Resolve(pip, reps, managersById, overrideUsers)).ToList();
        var withProblems = people.Count(p => p.Problems.Count > 0);
        Log.Resolved(logger, people.Count, withProblems, calls);
        return new DirectoryResult(people, calls);
    }

    private static PipPeople Resolve(Pip pip, List<SalesforceUser> reps, Dictionary<string, SalesforceUser> managersById, List<SalesforceUser> overrideUsers)
    {
        var problems = new List<PeopleProblem>();
        var where = $"PIP {pip.Id}{(pip.SourceFile.Length > 0 ? $" ({pip.SourceFile})" : "")}";
        var repMatches = Match(reps, pip.Rep.Value.Trim());
        SalesforceUser? rep = null;
        if (repMatches.Count == 0)
        {
            problems.Add(new(PeopleProblemKind.UnknownRep, $"{where}: no Salesforce user has the Id, username or email '{pip.Rep.Value}'."));
        }
        else if (repMatches.Count > 1)
        {
            problems.Add(new(PeopleProblemKind.AmbiguousRep, $"{where}: '{pip.Rep.Value}' is the email of {repMatches.Count} users ({string.Join(", ", repMatches.Select(u => u.Id))}); name the rep by username or Id."));
        }
        else
        {
            rep = repMatches[0];
            if (!rep.IsActive)
            {
                problems.Add(new(PeopleProblemKind.InactiveRep, $"{where}: rep {rep.Name ?? rep.Id} ({rep.Id}) is inactive in Salesforce."));
            }

            if (!ZoneIsKnown(rep.TimeZoneSidKey) && !ZoneIsKnown(pip.TimeZoneOverride))
            {
                problems.Add(new(PeopleProblemKind.UnknownTimeZone, $"{where}: rep {rep.Name ?? rep.Id} has time zone '{rep.TimeZoneSidKey}', which this machine does not know; set time_zone in the plan."));
            }
        }

        var manager = FindManager(pip, rep, managersById, overrideUsers, where, problems);
        if (manager is not null)
        {
            if (string.IsNullOrWhiteSpace(manager.Email))
            {
                problems.Add(new(PeopleProblemKind.ManagerWithoutEmail, $"{where}: manager {manager.Name ?? manager.Id} ({manager.Id}) has no email address in Salesforce."));
            }

            if (!manager.IsActive)
            {
                problems.Add(new(PeopleProblemKind.InactiveManager, $"{where}: manager {manager.Name ?? manager.Id} ({manager.Id}) is inactive in Salesforce."));
            }
        }

        return new PipPeople(pip.Id, pip.SourceFile, rep, manager, problems);
    }

    private static SalesforceUser? FindManager(
        Pip pip, SalesforceUser? rep, Dictionary<string, SalesforceUser> managersById, List<SalesforceUser> overrideUsers, string where, List<PeopleProblem> problems)
    {
        if (pip.ManagerOverride is { } named && named.Trim().Length > 0)
        {
            var matches = Match(overrideUsers, named.Trim());
            switch (matches.Count)
            {
                case 1:
                    return matches[0];
                case 0:
                    problems.Add(new(PeopleProblemKind.UnknownManager, $"{where}: the manager named in the plan, '{named}', is not a Salesforce user."));
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

        if (rep.ManagerId is { } managerId && managersById.TryGetValue(IdKey(managerId), out var manager))
        {
            return manager;
        }

        problems.Add(new(PeopleProblemKind.NoManager, $"{where}: rep {rep.Name ?? rep.Id} has no manager in Salesforce and the plan names none (manager)."));
        return null;
    }

    /// <summary>Id references match on the first 15 characters (Salesforce returns 18); names match username first, then email.</summary>
    private static List<SalesforceUser> Match(IReadOnlyList<SalesforceUser> users, string reference)
    {
        if (SalesforceId.IsValid(reference))
        {
            return [.. users.Where(u => IdKey(u.Id) == IdKey(reference)).Take(1)];
        }

        var byUsername = users.Where(u => string.Equals(u.Username, reference, StringComparison.OrdinalIgnoreCase)).Take(1).ToList();
        return byUsername.Count > 0
            ? byUsername
            : [.. users.Where(u => string.Equals(u.Email, reference, StringComparison.OrdinalIgnoreCase)).DistinctBy(u => u.Id)];
    }

    private static string UserQuery(IReadOnlyList<string> references, bool withManager)
    {
        var ids = references.Where(SalesforceId.IsValid).ToList();
        var names = references.Where(r => !SalesforceId.IsValid(r)).ToList();
        var conditions = new List<string>();
        if (ids.Count > 0)
        {
            conditions.Add($"Id IN {SoqlText.IdList(ids, "user Id")}");
        }

        if (names.Count > 0)
        {
            var list = SoqlText.LiteralList(names);
            conditions.Add($"Username IN {list}");
            conditions.Add($"Email IN {list}");
        }

        return $"SELECT {Fields}{(withManager ? ", " + ManagerFields : "")} FROM User WHERE {string.Join(" OR ", conditions)}";
    }

    private static SalesforceUser? ToUser(UserRecord? record) =>
        record?.Id is null
            ? null
            : new SalesforceUser(record.Id, record.Username, record.Email, record.Name, record.ManagerId, record.TimeZoneSidKey, record.LocaleSidKey, record.IsActive);

    private static string IdKey(string id) => id.Length >= 15 ? id[..15] : id;

    private static bool ZoneIsKnown(string? zone) => zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Resolved the people of {Pips} plans ({WithProblems} with problems) in {Calls} API calls")]
        public static partial void Resolved(ILogger logger, int pips, int withProblems, int calls);
    }
}
