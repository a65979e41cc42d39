using System.Collections.Concurrent;
using PipWatch.Core.Calendar;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Pipeline;
using PipWatch.Salesforce.Metrics;
using PipWatch.Salesforce.Users;
using PipWatch.Sources;

namespace PipWatch.Simulation;

/// <summary>
/// The org as read once before a replay: the plans' people and every daily value from each plan's start to the end
/// of the replay. The replayed polls read from it, never from the org, and only up to the simulated clock's local
/// today in the rep's zone, so an evaluation at a simulated instant sees nothing that happened after it.
/// </summary>
public sealed class RecordedOrg : IOrgSource
{
    private readonly Dictionary<string, PipPeople> _people;
    private readonly Dictionary<string, List<DailyMetricValue>> _values;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    private RecordedOrg(IReadOnlyList<PipPeople> people, IReadOnlyList<DailyMetricValue> values, int apiCalls, TimeProvider clock)
    {
        _people = people.ToDictionary(p => p.PipId, StringComparer.Ordinal);
        _values = values.GroupBy(v => v.RepUserId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _clock = clock;
        People = people;
        ApiCalls = apiCalls;
    }

    /// <summary>Each plan's people as the org knows them now, with what is wrong with them.</summary>
    public IReadOnlyList<PipPeople> People { get; }

    /// <summary>The API calls reading the org took.</summary>
    public int ApiCalls { get; }

    /// <summary>
    /// Reads the people of <paramref name="pips"/> (one directory lookup) and their reps' values from each plan's start
    /// to the rep's local day at <paramref name="until"/> (one fetch, split only as the org's limits require).
    /// </summary>
    /// <param name="clock">The simulated clock the replayed polls read at.</param>
    public static async Task<RecordedOrg> ReadAsync(
        IOrgSource org, IReadOnlyList<Pip> pips, IReadOnlyList<QueryMetric> metrics, DateTimeOffset until, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (pips.Count == 0)
        {
            return Empty(clock);
        }

        var directory = await org.ResolvePeopleAsync(pips, cancellationToken);
        var people = directory.Pips.ToDictionary(p => p.PipId, StringComparer.Ordinal);
        var windows = new Dictionary<string, RepWindow>(StringComparer.Ordinal);
        foreach (var pip in pips)
        {
            if (!people.TryGetValue(pip.Id, out var found) || found.Rep is not { } rep)
            {
                continue;
            }

            // The zone the worker would count this rep's days in (PlanResolver's rule), so the days read are the days polled.
            var zoneId = ResolvedPlan.ZoneIdFor(pip, found);
            var last = TimeZones.LocalDay(until, ZoneOrUtc(zoneId));
            if (last < pip.Start)
            {
                continue;
            }

            windows[rep.Id] = windows.TryGetValue(rep.Id, out var existing)
                ? existing with { Days = new DateRange(Min(existing.Days.First, pip.Start), Max(existing.Days.Last, last)) }
                : new RepWindow(rep.Id, zoneId, new DateRange(pip.Start, last));
        }

        if (windows.Count == 0 || metrics.Count == 0)
        {
            return new RecordedOrg(directory.Pips, [], directory.ApiCalls, clock);
        }

        var fetched = await org.FetchAsync([.. windows.Values], metrics, cancellationToken);
        return new RecordedOrg(directory.Pips, fetched.Values, directory.ApiCalls + fetched.ApiCalls, clock);
    }

    /// <summary>An org with nobody in it, for a window no plan touches.</summary>
    public static RecordedOrg Empty(TimeProvider clock) => new([], [], 0, clock);

    public Task<DirectoryResult> ResolvePeopleAsync(IReadOnlyCollection<Pip> pips, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = pips.Select(pip => _people.TryGetValue(pip.Id, out var people)
            ? people
            : new PipPeople(pip.Id, pip.SourceFile, null, null, [new PeopleProblem(PeopleProblemKind.UnknownRep, $"PIP {pip.Id} is not in scope during the simulated window, so its people were not read.")]));
        return Task.FromResult(new DirectoryResult([.. found], 0));
    }

    public Task<MetricFetchResult> FetchAsync(IReadOnlyCollection<RepWindow> reps, IEnumerable<MetricDefinition> metrics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = metrics.OfType<QueryMetric>().Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var now = _clock.GetUtcNow();
        var values = new List<DailyMetricValue>();
        foreach (var window in reps)
        {
            if (!_values.TryGetValue(window.UserId, out var own))
            {
                continue;
            }

            // The poll asks up to its local today anyway; the bound here keeps the promise whoever asks.
            var today = TimeZones.LocalDay(now, _zones.GetOrAdd(window.TimeZoneId, ZoneOrUtc));
            var last = Min(window.Days.Last, today);
            values.AddRange(own.Where(v => v.Day >= window.Days.First && v.Day <= last && names.Contains(v.Metric)));
        }

        return Task.FromResult(new MetricFetchResult(values, 0, 0, null));
    }

    private static TimeZoneInfo ZoneOrUtc(string zoneId)
    {
        try
        {
            return TimeZones.FromIana(zoneId);
        }
        catch (ArgumentException)
        {
            // PlanResolver counts such a plan's days in UTC too (and says so).
            return TimeZoneInfo.Utc;
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
