using System.Collections.Concurrent;

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
    public MetricQueryGroup Query { get; } = query;

    /// <summary>Whole buckets by (owner key, day number or UTC hour number); a bucket read twice is the same bucket.</summary>
    public ConcurrentDictionary<(string Owner, long Bucket), double[]> Rows { get; } = new();

    /// <summary>The before-midnight part of straddling hour buckets, by the same key.</summary>
    public ConcurrentDictionary<(string Owner, long Bucket), double[]> EarlyParts { get; } = new();
}
