using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Http;

namespace PipWatch.Salesforce.Metrics;

/// <summary>
/// Reads daily metric values for many reps with as few API calls as Salesforce's limits allow: one aggregate
/// query per metric group (metrics over the same records share one), grouped by owner and day, split by owners
/// only as far as the 2,000-row aggregate limit and the URI length require — never a query per rep.
/// </summary>
/// <remarks>
/// <para>
/// Days are the rep's local days. A date field (ActivityDate, CloseDate) is grouped on the stored date, which
/// Salesforce keeps zone-free. A datetime field (CreatedDate, StartDateTime) cannot be grouped on each rep's
/// local day in SOQL: DAY_ONLY and convertTimezone() both work in UTC or in the integration user's zone. So the
/// query groups by owner, UTC day and UTC hour (DAY_ONLY and HOUR_IN_DAY), and each hour bucket is mapped to the
/// rep's local day here, with the zone's rules for that instant — exact across DST changes, and one query for
/// reps in every zone. An activity at 23:30 in Los Angeles is in the 07:00 UTC bucket of the next UTC day, and
/// that bucket maps back to the Los Angeles day it happened on.
/// </para>
/// <para>
/// Where local midnight falls inside a UTC hour (Asia/Kolkata at +05:30, Asia/Kathmandu at +05:45, Lord Howe in
/// summer) the bucket holding midnight belongs to two local days. For reps in such zones one more query per
/// zone reads just the part of each of those hours before midnight, with explicit UTC bounds
/// (e.g. 18:00–18:30Z for Kolkata); that part goes to the earlier day and the rest of the bucket to the later.
/// Counts split exactly; sums split by subtraction. Whole-hour zones never need this query.
/// </para>
/// <para>
/// How many reps fit in one query depends on how many rows each produces, which only the data knows. Each
/// group's first query is planned for at most one row per rep and day; the rows it returns then size the
/// group's other queries (a sparse metric packs many more reps, busy hour buckets fewer). A query Salesforce
/// still refuses for too many rows is halved and asked again.
/// </para>
/// <para>
/// A COUNT_DISTINCT metric on a datetime field adds hourly distinct counts, so a value seen in two hours of the
/// same day counts twice; distinct counts are exact on date fields only.
/// </para>
/// </remarks>
public sealed partial class MetricFetcher(
    SalesforceClient client, ApiUsageMonitor usageMonitor, SalesforceSettings settings, ILogger<MetricFetcher> logger)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>Even a probe that found nothing plans for some activity, so quiet probes cannot pack whole orgs into one query.</summary>
    private const double MinimumRowsPerRepDay = 0.05;

    public async Task<MetricFetchResult> FetchAsync(
        IReadOnlyCollection<RepWindow> reps, IEnumerable<MetricDefinition> metrics, CancellationToken cancellationToken)
    {
        var plans = PlanReps(reps);
        var groups = metrics.OfType<QueryMetric>()
            .GroupBy(MetricQueryGroup.Key)
            .Select(g => new GroupState(new MetricQueryGroup([.. g])))
            .ToList();
        if (plans.Count == 0 || groups.Count == 0)
        {
            return new MetricFetchResult([], 0, 0, usageMonitor.Latest);
        }

        var planner = new ChunkPlanner(settings.MaxIdsPerQuery, client.QueryPath("").Length);
        var repList = plans.Values.ToList();
        var work = new List<FetchChunk>();
        foreach (var group in groups)
        {
            // Only the first chunk goes out now; the rest are planned from the rows it brings back.
            var plan = planner.PlanMain(group, repList).ToList();
            var probed = plan.Count > 1 ? plan[0].Reps.Select(r => r.Key).ToHashSet(StringComparer.Ordinal) : [];
            work.Add(plan.Count > 1 ? plan[0] with { Remainder = [.. repList.Where(r => !probed.Contains(r.Key))] } : plan[0]);
            if (group.Query.Kind == DateFieldKind.DateTime)
            {
                work.AddRange(planner.PlanCorrections(group, repList));
            }
        }

        var counters = new Counters();
        StartSpans(groups, repList.Count);
        try
        {
            await RunAsync(work, planner, counters, cancellationToken);
        }
        finally
        {
            // Spans still open belong to groups a failure or cancellation cut short.
            foreach (var group in groups)
            {
                group.EndSpan(failed: true);
            }
        }

        var values = groups.SelectMany(g => Resolve(g, plans)).ToList();
        Log.Fetched(logger, values.Count, plans.Count, groups.Count, counters.Calls, counters.Splits);
        return new MetricFetchResult(values, counters.Calls, counters.Splits, usageMonitor.Latest);
    }

    /// <summary>
    /// One span per metric group under the caller's (the poll's). The groups' queries run interleaved, so each span
    /// is started here and ended by its group's last query, and the caller's current activity is left as it was.
    /// </summary>
    private static void StartSpans(List<GroupState> groups, int reps)
    {
        var parent = Activity.Current;
        foreach (var group in groups)
        {
            group.Span = SalesforceTelemetry.Source.StartActivity("pipwatch.poll.metric_group");
            group.Span?.SetTag("pipwatch.salesforce.object", group.Query.SObject);
            group.Span?.SetTag("pipwatch.metrics", group.Query.Names);
            group.Span?.SetTag("pipwatch.reps", reps);
            Activity.Current = parent;
        }
    }

    private static Dictionary<string, RepPlan> PlanReps(IReadOnlyCollection<RepWindow> reps)
    {
        var plans = new Dictionary<string, RepPlan>(StringComparer.Ordinal);
        foreach (var rep in reps)
        {
            if (!SalesforceId.IsValid(rep.UserId))
            {
                throw new ArgumentException($"Rep user Id '{rep.UserId}' is not a Salesforce Id.", nameof(reps));
            }

            if (rep.Days.First > rep.Days.Last)
            {
                throw new ArgumentException($"Rep {rep.UserId} has an empty window {rep.Days.First:yyyy-MM-dd}..{rep.Days.Last:yyyy-MM-dd}.", nameof(reps));
            }

            if (!TimeZoneInfo.TryFindSystemTimeZoneById(rep.TimeZoneId, out var zone))
            {
                throw new ArgumentException($"Rep {rep.UserId} has time zone '{rep.TimeZoneId}', which this machine does not know.", nameof(reps));
            }

            var key = RepPlan.KeyOf(rep.UserId);
            plans[key] = plans.TryGetValue(key, out var known)
                ? known with { Days = new DateRange(Min(known.Days.First, rep.Days.First), Max(known.Days.Last, rep.Days.Last)) }
                : new RepPlan(rep.UserId, key, zone, rep.Days);
        }

        return plans;
    }

    /// <summary>
    /// Sends the chunks with at most <see cref="SalesforceSettings.MaxParallelQueries"/> in flight. Salesforce
    /// limits concurrent requests that run 20 seconds or more (25 in production, 5 in developer orgs); these
    /// aggregates are short, and the default of 4 stays under even the developer-org limit.
    /// </summary>
    private async Task RunAsync(List<FetchChunk> initial, ChunkPlanner planner, Counters counters, CancellationToken cancellationToken)
    {
        if (initial.Count == 0)
        {
            return;
        }

        var channel = Channel.CreateUnbounded<FetchChunk>();
        var pending = initial.Count;
        foreach (var chunk in initial)
        {
            chunk.Group.Queued();
            channel.Writer.TryWrite(chunk);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? failure = null;

        async Task WorkAsync()
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(stop.Token))
            {
                try
                {
                    foreach (var follow in await RunChunkAsync(chunk, planner, counters, stop.Token))
                    {
                        Interlocked.Increment(ref pending);
                        follow.Group.Queued();
                        channel.Writer.TryWrite(follow);
                    }

                    chunk.Group.Done();
                }
                catch (Exception ex)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
                    await stop.CancelAsync();
                    channel.Writer.TryComplete();
                    return;
                }
                finally
                {
                    if (Interlocked.Decrement(ref pending) == 0)
                    {
                        channel.Writer.TryComplete();
                    }
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Clamp(settings.MaxParallelQueries, 1, initial.Count)).Select(_ => WorkAsync()).ToList();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (failure is not null)
        {
        }

        failure?.Throw();
    }

    private async Task<IReadOnlyList<FetchChunk>> RunChunkAsync(FetchChunk chunk, ChunkPlanner planner, Counters counters, CancellationToken cancellationToken)
    {
        var group = chunk.Group;
        var query = ChunkPlanner.BuildQuery(chunk);
        if (query is null)
        {
            return [];
        }

        // The query's HTTP span, where traced, sits under its group's.
        Activity.Current = group.Span ?? Activity.Current;
        IReadOnlyList<SalesforceRecord> rows;
        counters.AddCall();
        try
        {
            rows = await client.AggregateAsync(query, cancellationToken);
        }
        catch (SalesforceAggregateRowLimitException)
        {
            counters.AddSplit();
            group.Split();
            Log.Splitting(logger, group.Query.Names, chunk.Reps.Count, chunk.From, chunk.To);
            return ChunkPlanner.Split(chunk);
        }

        group.Read(rows.Count);
        var target = chunk.IsCorrection ? group.EarlyParts : group.Rows;
        foreach (var row in rows)
        {
            var owner = row.GetString("o");
            var day = row.GetDate("d");
            if (owner is null || day is null)
            {
                continue;
            }

            var bucket = group.Query.Kind == DateFieldKind.Date
                ? day.Value.DayNumber
                : (day.Value.DayNumber * 24L) + (row.GetInt64("h") ?? 0);
            target.TryAdd((RepPlan.KeyOf(owner), bucket), group.Query.ReadColumns(row));
        }

        Log.ChunkRead(logger, group.Query.Names, chunk.Reps.Count, rows.Count);
        if (chunk.Remainder is not { Count: > 0 } remainder)
        {
            return [];
        }

        // The probe says how many rows a rep and day really produce here: far fewer than one for sparse metrics
        // (opportunities won), more than one where hour buckets fill up (meetings). A quarter more than observed
        // leaves room for reps busier than the probe's; a chunk that still overflows is split.
        var observed = rows.Count / Math.Max(1.0, (double)chunk.Reps.Count * ChunkPlanner.SpanDays(chunk));
        var ceiling = group.Query.Kind == DateFieldKind.Date ? 1 : 24;
        var rowsPerRepDay = Math.Clamp(observed * 1.25, MinimumRowsPerRepDay, ceiling);
        return [.. planner.PlanMain(group, remainder, rowsPerRepDay)];
    }

    private static IEnumerable<DailyMetricValue> Resolve(GroupState group, Dictionary<string, RepPlan> plans)
    {
        var totals = new Dictionary<(string Key, DateOnly Day), double[]>();
        void Add(RepPlan rep, DateOnly day, double[] values)
        {
            if (!rep.Days.Contains(day))
            {
                return;
            }

            if (!totals.TryGetValue((rep.Key, day), out var sum))
            {
                totals[(rep.Key, day)] = sum = new double[values.Length];
            }

            for (var i = 0; i < values.Length; i++)
            {
                sum[i] += values[i];
            }
        }

        foreach (var ((owner, bucket), values) in group.Rows)
        {
            if (!plans.TryGetValue(owner, out var rep))
            {
                continue;
            }

            if (group.Query.Kind == DateFieldKind.Date)
            {
                Add(rep, DateOnly.FromDayNumber((int)bucket), values);
                continue;
            }

            var start = new DateTimeOffset(DateOnly.FromDayNumber((int)(bucket / 24)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(bucket % 24);
            var early = ZoneCalendar.LocalDay(rep.Zone, start);
            var late = ZoneCalendar.LocalDay(rep.Zone, start + Hour - TimeSpan.FromTicks(1));
            if (early == late)
            {
                Add(rep, early, values);
                continue;
            }

            var earlyPart = group.EarlyParts.TryGetValue((owner, bucket), out var part) ? part : new double[values.Length];
            var latePart = earlyPart[group.Query.RecordCountColumn] >= values[group.Query.RecordCountColumn]
                ? new double[values.Length]
                : [.. values.Select((v, i) => v - earlyPart[i])];
            Add(rep, early, earlyPart);
            Add(rep, late, latePart);
        }

        foreach (var ((key, day), sum) in totals)
        {
            foreach (var value in group.Query.ToValues(plans[key].UserId, day, sum))
            {
                yield return value;
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private sealed class Counters
    {
        private int _calls;
        private int _splits;

        public int Calls => Volatile.Read(ref _calls);

        public int Splits => Volatile.Read(ref _splits);

        public void AddCall() => Interlocked.Increment(ref _calls);

        public void AddSplit() => Interlocked.Increment(ref _splits);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4030, Level = LogLevel.Debug, Message = "Read {Rows} rows of {Metrics} for {Reps} reps")]
        public static partial void ChunkRead(ILogger logger, string metrics, int reps, int rows);

        [LoggerMessage(EventId = 4031, Level = LogLevel.Debug, Message = "Too many rows for {Metrics} with {Reps} reps over {From}..{To}; splitting")]
        public static partial void Splitting(ILogger logger, string metrics, int reps, DateOnly from, DateOnly to);

        [LoggerMessage(EventId = 4032, Level = LogLevel.Information, Message = "Fetched {Values} daily values for {Reps} reps and {Groups} metric queries in {Calls} API calls ({Splits} splits)")]
        public static partial void Fetched(ILogger logger, int values, int reps, int groups, int calls, int splits);
    }
}
