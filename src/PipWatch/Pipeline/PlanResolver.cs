using PipWatch.Core.Calendar;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Users;
using PipWatch.Sources;

namespace PipWatch.Pipeline;

/// <summary>Finds every plan's rep and manager in the org; what cannot be found is logged per plan and the rest go on.</summary>
public sealed partial class PlanResolver(IOrgSource source, ILogger<PlanResolver> logger)
{
    public async Task<IReadOnlyList<ResolvedPlan>> ResolveAsync(IReadOnlyList<Pip> pips, CancellationToken cancellationToken)
    {
        if (pips.Count == 0)
        {
            return [];
        }

        var directory = await source.ResolvePeopleAsync(pips, cancellationToken);
        var byId = directory.Pips.ToDictionary(p => p.PipId, StringComparer.Ordinal);
        var resolved = new List<ResolvedPlan>(pips.Count);
        foreach (var pip in pips)
        {
            var people = byId.TryGetValue(pip.Id, out var found)
                ? found
                : new PipPeople(pip.Id, pip.SourceFile, null, null, [new PeopleProblem(PeopleProblemKind.UnknownRep, $"The rep '{pip.Rep}' was not looked up.")]);
            foreach (var problem in people.Problems)
            {
                Log.PeopleProblem(logger, pip.Id, pip.SourceFile, problem.Kind, problem.Message);
            }

            resolved.Add(new ResolvedPlan(pip, people, ZoneOf(pip, people)));
        }

        return resolved;
    }

    private TimeZoneInfo ZoneOf(Pip pip, PipPeople people)
    {
        var zoneId = ResolvedPlan.ZoneIdFor(pip, people);
        try
        {
            return TimeZones.FromIana(zoneId);
        }
        catch (ArgumentException)
        {
            Log.UnknownZone(logger, pip.Id, zoneId);
            return TimeZoneInfo.Utc;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "PIP {PipId} ({File}): {Kind}: {Message}")]
        public static partial void PeopleProblem(ILogger logger, string pipId, string file, PeopleProblemKind kind, string message);

        [LoggerMessage(2, LogLevel.Warning, "PIP {PipId}: the time zone {ZoneId} is unknown on this machine; counting its days in UTC")]
        public static partial void UnknownZone(ILogger logger, string pipId, string zoneId);
    }
}
