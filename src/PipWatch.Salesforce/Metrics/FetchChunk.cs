using System.Collections.Concurrent;
using System.Diagnostics;

namespace PipWatch.Salesforce.Metrics;

/// <summary>
/// One query to send: some reps of one metric group over some local days. A correction chunk reads, for reps
/// in a zone whose midnight falls inside a UTC hour, the part of that hour before midnight (see the fetcher).
/// </summary>
/// <remarks>
/// A group's first chunk is a probe: it carries the group's other reps as <see cref="Remainder"/>, and once it
/// has been read they are planned with the rows per rep and day it actually returned (see the fetcher).
/// </remarks>
internal sealed record FetchChunk(
    GroupState Group, IReadOnlyList<RepPlan> Reps, DateOnly From, DateOnly To, TimeZoneInfo? CorrectionZone = null, IReadOnlyList<RepPlan>? Remainder = null)
{
    public bool IsCorrection => CorrectionZone is not null;
}

/// <summary>A metric group's query shape and the rows its chunks have brought back so far.</summary>
internal sealed class GroupState(MetricQueryGroup query)
{
    private int _pending;
    private int _queries;
    private int _rows;
    private int _splits;

    public MetricQueryGroup Query { get; } = query;

    /// <summary>The group's span in a traced poll, from its first query to its last; null when nobody traces.</summary>
    public Activity? Span { get; set; }

    public void Queued() => Interlocked.Increment(ref _pending);

    public void Read(int rows)
    {
        Interlocked.Increment(ref _queries);
        Interlocked.Add(ref _rows, rows);
    }

    public void Split()
    {
        Interlocked.Increment(ref _queries);
        Interlocked.Increment(ref _splits);
    }

    /// <summary>One chunk finished (its follow-ups already queued); the last one ends the span.</summary>
    public void Done()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            EndSpan(failed: false);
        }
    }

    public void EndSpan(bool failed)
    {
        if (Span is not { IsStopped: false } span)
        {
            return;
        }

        span.SetTag("pipwatch.queries", Volatile.Read(ref _queries));
        span.SetTag("pipwatch.rows", Volatile.Read(ref _rows));
        span.SetTag("pipwatch.splits", Volatile.Read(ref _splits));
        if (failed)
        {
            span.SetStatus(ActivityStatusCode.Error);
        }

        span.Stop();
    }

    /// <summary>Whole buckets by (owner key, day number or UTC hour number); a bucket read twice is the same bucket.</summary>
    public ConcurrentDictionary<(string Owner, long Bucket), double[]> Rows { get; } = new();

    /// <summary>The before-midnight part of straddling hour buckets, by the same key.</summary>
    public ConcurrentDictionary<(string Owner, long Bucket), double[]> EarlyParts { get; } = new();
}
