using PipWatch.Core.Metrics;
using PipWatch.Salesforce.Soql;

namespace PipWatch.Salesforce.Metrics;

/// <summary>
/// Cuts a metric group's reps into as few queries as the limits allow. A chunk's row estimate is reps × the
/// days its query spans × rows per rep and day: at most one for a date field, which makes the first plan safe;
/// for hour buckets one is a guess, and the fetcher replaces it with what its first query returned. Reps are
/// sorted by window so reps polled over similar days share chunks and few rows fall outside a rep's window.
/// </summary>
internal sealed class ChunkPlanner(int maxIdsPerQuery, int pathOverhead)
{
    public IEnumerable<FetchChunk> PlanMain(GroupState group, IReadOnlyList<RepPlan> reps, double rowsPerRepDay = 1)
    {
        // Reps in nearby zones next to each other too: a chunk of one offset spans fewer UTC days than a mixed one.
        var sorted = reps.OrderBy(r => r.Days.First).ThenBy(r => r.Days.Last).ThenBy(r => r.StartUtc).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var current = new List<RepPlan>();
        DateOnly first = default, last = default;
        DateTimeOffset lo = default, hi = default;
        foreach (var rep in sorted)
        {
            var (candidateFirst, candidateLast) = current.Count == 0 ? (rep.Days.First, rep.Days.Last) : (Min(first, rep.Days.First), Max(last, rep.Days.Last));
            var (candidateLo, candidateHi) = current.Count == 0 ? (rep.StartUtc, rep.EndUtc) : (Min(lo, rep.StartUtc), Max(hi, rep.EndUtc));
            var days = group.Query.Kind == DateFieldKind.Date
                ? candidateLast.DayNumber - candidateFirst.DayNumber + 1
                : ZoneCalendar.UtcDaysSpanned(ZoneCalendar.FloorHour(candidateLo), ZoneCalendar.CeilHour(candidateHi));
            if (current.Count > 0 && ((current.Count + 1) * days * rowsPerRepDay > SoqlLimits.MaxAggregateRows || current.Count + 1 > maxIdsPerQuery))
            {
                foreach (var fitted in FitUri(new FetchChunk(group, current, first, last)))
                {
                    yield return fitted;
                }

                current = [];
                (candidateFirst, candidateLast, candidateLo, candidateHi) = (rep.Days.First, rep.Days.Last, rep.StartUtc, rep.EndUtc);
            }

            current.Add(rep);
            (first, last, lo, hi) = (candidateFirst, candidateLast, candidateLo, candidateHi);
        }

        if (current.Count > 0)
        {
            foreach (var fitted in FitUri(new FetchChunk(group, current, first, last)))
            {
                yield return fitted;
            }
        }
    }

    /// <summary>Correction chunks for every zone whose local midnight falls inside a UTC hour (e.g. Asia/Kolkata).</summary>
    public IEnumerable<FetchChunk> PlanCorrections(GroupState group, IReadOnlyList<RepPlan> reps)
    {
        foreach (var zoneReps in reps.GroupBy(r => r.Zone.Id, StringComparer.Ordinal))
        {
            var sorted = zoneReps.OrderBy(r => r.Days.First).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
            var zone = sorted[0].Zone;
            var first = sorted.Min(r => r.Days.First);
            var last = sorted.Max(r => r.Days.Last).AddDays(1);
            if (StraddleWindows(zone, first, last).Count == 0)
            {
                continue;
            }

            var current = new List<RepPlan>();
            DateOnly chunkFirst = default, chunkLast = default;
            foreach (var rep in sorted)
            {
                var candidateFirst = current.Count == 0 ? rep.Days.First : Min(chunkFirst, rep.Days.First);
                var candidateLast = current.Count == 0 ? rep.Days.Last.AddDays(1) : Max(chunkLast, rep.Days.Last.AddDays(1));
                var windows = candidateLast.DayNumber - candidateFirst.DayNumber + 1;
                if (current.Count > 0 && ((long)(current.Count + 1) * windows > SoqlLimits.MaxAggregateRows || current.Count + 1 > maxIdsPerQuery))
                {
                    foreach (var fitted in FitUri(new FetchChunk(group, current, chunkFirst, chunkLast, zone)))
                    {
                        yield return fitted;
                    }

                    current = [];
                    (candidateFirst, candidateLast) = (rep.Days.First, rep.Days.Last.AddDays(1));
                }

                current.Add(rep);
                (chunkFirst, chunkLast) = (candidateFirst, candidateLast);
            }

            foreach (var fitted in FitUri(new FetchChunk(group, current, chunkFirst, chunkLast, zone)))
            {
                yield return fitted;
            }
        }
    }

    /// <summary>Halves a chunk: by reps while there are several, then by days.</summary>
    public static IReadOnlyList<FetchChunk> Split(FetchChunk chunk)
    {
        if (chunk.Reps.Count > 1)
        {
            var half = chunk.Reps.Count / 2;
            return [chunk with { Reps = [.. chunk.Reps.Take(half)] }, chunk with { Reps = [.. chunk.Reps.Skip(half)], Remainder = null }];
        }

        var rep = chunk.Reps[0];
        var from = Max(chunk.From, rep.Days.First);
        var to = chunk.IsCorrection ? Min(chunk.To, rep.Days.Last.AddDays(1)) : Min(chunk.To, rep.Days.Last);
        if (from >= to)
        {
            throw new SalesforceAggregateRowLimitException(
                $"Even one rep's single day ({rep.UserId}, {from:yyyy-MM-dd}) has more rows than Salesforce returns for metrics {chunk.Group.Query.Names}.");
        }

        var middle = from.AddDays((to.DayNumber - from.DayNumber) / 2);
        return [chunk with { From = from, To = middle }, chunk with { From = middle.AddDays(1), To = to, Remainder = null }];
    }

    /// <summary>The query text of a chunk, or null for a correction chunk whose days have no straddling hour.</summary>
    public static string? BuildQuery(FetchChunk chunk)
    {
        var query = chunk.Group.Query;
        var ids = chunk.Reps.Select(r => r.UserId);
        if (chunk.CorrectionZone is { } zone)
        {
            var windows = StraddleWindows(zone, chunk.From, chunk.To);
            if (windows.Count == 0)
            {
                return null;
            }

            var field = query.DateField;
            var parts = windows.Select(w => $"({field} >= {SoqlText.DateTime(w.HourStart)} AND {field} < {SoqlText.DateTime(w.Midnight)})");
            return query.BuildQuery(ids, SoqlText.DateTime(windows[0].HourStart), SoqlText.DateTime(windows[^1].Midnight), $"({string.Join(" OR ", parts)})");
        }

        if (query.Kind == DateFieldKind.Date)
        {
            var (from, to) = DateBounds(chunk);
            return query.BuildQuery(ids, SoqlText.Date(from), SoqlText.Date(to));
        }

        var (lo, hi) = UtcBounds(chunk);
        return query.BuildQuery(ids, SoqlText.DateTime(lo), SoqlText.DateTime(hi));
    }

    /// <summary>How many days (stored dates, or UTC dates for hour buckets) a main chunk's query spans.</summary>
    public static int SpanDays(FetchChunk chunk)
    {
        if (chunk.Group.Query.Kind == DateFieldKind.Date)
        {
            var (from, to) = DateBounds(chunk);
            return to.DayNumber - from.DayNumber + 1;
        }

        var (lo, hi) = UtcBounds(chunk);
        return ZoneCalendar.UtcDaysSpanned(lo, hi);
    }

    private static (DateOnly From, DateOnly To) DateBounds(FetchChunk chunk) =>
        (Max(chunk.From, chunk.Reps.Min(r => r.Days.First)), Min(chunk.To, chunk.Reps.Max(r => r.Days.Last)));

    // Whole-hour bounds, so every hour bucket the query returns is complete and can be split exactly.
    private static (DateTimeOffset Lo, DateTimeOffset Hi) UtcBounds(FetchChunk chunk) =>
        (ZoneCalendar.FloorHour(chunk.Reps.Min(r => ZoneCalendar.StartOfDay(r.Zone, Max(chunk.From, r.Days.First)))),
         ZoneCalendar.CeilHour(chunk.Reps.Max(r => ZoneCalendar.StartOfDay(r.Zone, Min(chunk.To, r.Days.Last).AddDays(1)))));

    /// <summary>Local midnights in [first, last] that fall inside a UTC hour, with that hour's start.</summary>
    public static List<(DateTimeOffset HourStart, DateTimeOffset Midnight)> StraddleWindows(TimeZoneInfo zone, DateOnly first, DateOnly last)
    {
        var windows = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var midnight = ZoneCalendar.StartOfDay(zone, day);
            var hour = ZoneCalendar.FloorHour(midnight);
            if (hour != midnight)
            {
                windows.Add((hour, midnight));
            }
        }

        return windows;
    }

    private IEnumerable<FetchChunk> FitUri(FetchChunk chunk)
    {
        var query = BuildQuery(chunk);
        if (query is null)
        {
            yield break;
        }

        if (SoqlChunker.EncodedLength(query) + pathOverhead <= SoqlLimits.MaxRequestUriLength)
        {
            yield return chunk;
            yield break;
        }

        // A correction query carries one time window per day (about 115 encoded bytes, an Id about 27); when the
        // windows outweigh the Id list, split the days rather than the reps.
        var halves = chunk.IsCorrection && (chunk.To.DayNumber - chunk.From.DayNumber + 1) * 115L > chunk.Reps.Count * 27L
            ? SplitDays(chunk)
            : Split(chunk);
        foreach (var half in halves.SelectMany(FitUri))
        {
            yield return half;
        }
    }

    private static IReadOnlyList<FetchChunk> SplitDays(FetchChunk chunk)
    {
        var middle = chunk.From.AddDays((chunk.To.DayNumber - chunk.From.DayNumber) / 2);
        return [chunk with { To = middle }, chunk with { From = middle.AddDays(1) }];
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
