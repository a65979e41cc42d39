namespace PipWatch.Salesforce.Soql;

/// <summary>Splits a long IN list into as few queries as the Id cap and the URI length allow.</summary>
public static class SoqlChunker
{
    /// <summary>
    /// Takes up to <paramref name="maxPerChunk"/> items at a time, shrinking a chunk until
    /// <paramref name="buildQuery"/>'s encoded length fits <see cref="SoqlLimits.MaxRequestUriLength"/>.
    /// </summary>
    public static IEnumerable<(IReadOnlyList<T> Items, string Query)> Chunk<T>(
        IReadOnlyList<T> items, int maxPerChunk, Func<IReadOnlyList<T>, string> buildQuery, int pathOverhead = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerChunk, 1);
        var start = 0;
        while (start < items.Count)
        {
            var count = Math.Min(maxPerChunk, items.Count - start);
            while (true)
            {
                var chunk = items.Skip(start).Take(count).ToList();
                var query = buildQuery(chunk);
                var length = EncodedLength(query) + pathOverhead;
                if (length <= SoqlLimits.MaxRequestUriLength)
                {
                    yield return (chunk, query);
                    start += count;
                    break;
                }

                if (count == 1)
                {
                    throw new ArgumentException($"A query for a single item is {length:N0} bytes encoded, over the {SoqlLimits.MaxRequestUriLength:N0}-byte limit.", nameof(items));
                }

                count = Math.Max(1, Math.Min(count - 1, (int)((long)count * SoqlLimits.MaxRequestUriLength / length)));
            }
        }
    }

    public static int EncodedLength(string soql) => Uri.EscapeDataString(soql).Length;
}
