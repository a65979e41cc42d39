namespace PipWatch.Core.Metrics;

/// <summary>
/// One rep's values of one metric, day by day, kept as running totals of sum and record count so that the total
/// over any range of days is two array reads. Days without a record count as zero.
/// </summary>
public sealed class DailySeries
{
    private readonly int _firstDayNumber;

    // Running totals: _sums[i] = Σ Sum over the first i days of the series. One longer than the series.
    private readonly double[] _sums;
    private readonly long[] _counts;

    private DailySeries(string? repUserId, string? metric, int firstDayNumber, double[] sums, long[] counts, DateTimeOffset? dataAsOf)
    {
        RepUserId = repUserId;
        Metric = metric;
        _firstDayNumber = firstDayNumber;
        _sums = sums;
        _counts = counts;
        DataAsOf = dataAsOf;
    }

    /// <summary>A series with no records at all (a rep who logged nothing).</summary>
    public static DailySeries Empty { get; } = new(null, null, 0, [0], [0], null);

    public string? RepUserId { get; }

    public string? Metric { get; }

    /// <summary>The end of the last successful poll of this metric, when known; stale data is judged from it.</summary>
    public DateTimeOffset? DataAsOf { get; }

    /// <summary>Number of days the series spans (first to last record, inclusive).</summary>
    public int Length => _sums.Length - 1;

    public DateOnly? FirstDay => Length == 0 ? null : DateOnly.FromDayNumber(_firstDayNumber);

    public DateOnly? LastDay => Length == 0 ? null : DateOnly.FromDayNumber(_firstDayNumber + Length - 1);

    /// <summary>
    /// Builds the series of one rep and one metric. Several records for the same day add up (parts of one day
    /// fetched separately).
    /// </summary>
    public static DailySeries Create(IEnumerable<DailyMetricValue> values, DateTimeOffset? dataAsOf = null)
    {
        var items = values as IReadOnlyList<DailyMetricValue> ?? values.ToArray();
        if (items.Count == 0)
        {
            return dataAsOf is null ? Empty : new DailySeries(null, null, 0, [0], [0], dataAsOf);
        }

        var first = items[0];
        int min = first.Day.DayNumber, max = min;
        for (var i = 0; i < items.Count; i++)
        {
            var value = items[i];
            if (!string.Equals(value.RepUserId, first.RepUserId, StringComparison.Ordinal)
                || !string.Equals(value.Metric, first.Metric, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"A daily series holds one rep and one metric: got rep '{value.RepUserId}' metric '{value.Metric}' on {value.Day:yyyy-MM-dd} " +
                    $"next to rep '{first.RepUserId}' metric '{first.Metric}'.",
                    nameof(values));
            }

            if (!double.IsFinite(value.Sum) || value.Count < 0)
            {
                throw new ArgumentException(
                    $"Invalid daily value for rep '{value.RepUserId}' metric '{value.Metric}' on {value.Day:yyyy-MM-dd}: sum {value.Sum}, count {value.Count}.",
                    nameof(values));
            }

            min = Math.Min(min, value.Day.DayNumber);
            max = Math.Max(max, value.Day.DayNumber);
        }

        var length = max - min + 1;
        var sums = new double[length + 1];
        var counts = new long[length + 1];
        for (var i = 0; i < items.Count; i++)
        {
            var slot = items[i].Day.DayNumber - min + 1;
            sums[slot] += items[i].Sum;
            counts[slot] += items[i].Count;
        }

        for (var i = 1; i <= length; i++)
        {
            sums[i] += sums[i - 1];
            counts[i] += counts[i - 1];
        }

        return new DailySeries(first.RepUserId, first.Metric, min, sums, counts, dataAsOf);
    }

    /// <summary>Splits one rep's records into a series per metric.</summary>
    public static IReadOnlyDictionary<string, DailySeries> ByMetric(
        IEnumerable<DailyMetricValue> values,
        IReadOnlyDictionary<string, DateTimeOffset>? dataAsOf = null)
    {
        var series = new Dictionary<string, DailySeries>(StringComparer.Ordinal);
        foreach (var group in values.GroupBy(v => v.Metric, StringComparer.Ordinal))
        {
            DateTimeOffset? polled = dataAsOf is not null && dataAsOf.TryGetValue(group.Key, out var at) ? at : null;
            series[group.Key] = Create(group, polled);
        }

        if (dataAsOf is not null)
        {
            foreach (var (metric, polled) in dataAsOf)
            {
                series.TryAdd(metric, new DailySeries(null, metric, 0, [0], [0], polled));
            }
        }

        return series;
    }

    /// <summary>Σ Sum over the inclusive range of days; days outside the series count as zero.</summary>
    public double Sum(DateOnly first, DateOnly last)
    {
        var (lo, hi) = Clip(first, last);
        return hi < lo ? 0 : _sums[hi + 1] - _sums[lo];
    }

    /// <summary>Σ Count over the inclusive range of days; days outside the series count as zero.</summary>
    public long Count(DateOnly first, DateOnly last)
    {
        var (lo, hi) = Clip(first, last);
        return hi < lo ? 0 : _counts[hi + 1] - _counts[lo];
    }

    private (int Lo, int Hi) Clip(DateOnly first, DateOnly last) =>
        (Math.Max(first.DayNumber - _firstDayNumber, 0), Math.Min(last.DayNumber - _firstDayNumber, Length - 1));
}
