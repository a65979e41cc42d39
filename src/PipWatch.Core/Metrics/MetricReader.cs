namespace PipWatch.Core.Metrics;

/// <summary>
/// Reads one metric's value over a range of days from the rep's series. Quotients are always Σ numerator ÷
/// Σ denominator over the range, never a mean of daily quotients.
/// </summary>
public readonly struct MetricReader
{
    private readonly DailySeries _numerator;
    private readonly bool _numeratorIsCount;
    private readonly DailySeries _denominator;
    private readonly bool _denominatorIsCount;

    private MetricReader(MetricShape shape, DailySeries numerator, bool numeratorIsCount, DailySeries denominator, bool denominatorIsCount)
    {
        Shape = shape;
        _numerator = numerator;
        _numeratorIsCount = numeratorIsCount;
        _denominator = denominator;
        _denominatorIsCount = denominatorIsCount;
    }

    public MetricShape Shape { get; }

    /// <summary>The end of the oldest last successful poll among the series read, when known.</summary>
    public DateTimeOffset? DataAsOf
    {
        get
        {
            var a = _numerator.DataAsOf;
            var b = _denominator.DataAsOf;
            return a is null ? b : b is null || a < b ? a : b;
        }
    }

    /// <summary>The shape a metric definition has once resolved (ratio parts must be counts or sums).</summary>
    public static MetricShape ShapeOf(MetricDefinition definition, MetricCatalog catalog) => definition switch
    {
        RatioMetric ratio => CheckRatioParts(ratio, catalog),
        QueryMetric { Aggregate: MetricAggregate.Avg } => MetricShape.Average,
        QueryMetric => MetricShape.Additive,
        _ => throw new ArgumentException($"Metric '{definition.Name}' has an unsupported kind {definition.GetType().Name}.", nameof(definition)),
    };

    /// <summary>Binds a metric to the rep's series; a metric without a series reads as zero.</summary>
    public static MetricReader Create(MetricDefinition definition, MetricCatalog catalog, IReadOnlyDictionary<string, DailySeries> series)
    {
        switch (definition)
        {
            case RatioMetric ratio:
                var numerator = RatioPart(ratio, ratio.Numerator, catalog);
                var denominator = RatioPart(ratio, ratio.Denominator, catalog);
                return new MetricReader(
                    MetricShape.Ratio,
                    Find(series, numerator.Name),
                    IsCount(numerator),
                    Find(series, denominator.Name),
                    IsCount(denominator));
            case QueryMetric { Aggregate: MetricAggregate.Avg } average:
                var averaged = Find(series, average.Name);
                return new MetricReader(MetricShape.Average, averaged, false, averaged, true);
            case QueryMetric query:
                var own = Find(series, query.Name);
                return new MetricReader(MetricShape.Additive, own, IsCount(query), own, true);
            default:
                throw new ArgumentException($"Metric '{definition.Name}' has an unsupported kind {definition.GetType().Name}.", nameof(definition));
        }
    }

    /// <summary>The additive value (count or total) over the days; for quotients, the numerator.</summary>
    public double Numerator(DateOnly first, DateOnly last) =>
        _numeratorIsCount ? _numerator.Count(first, last) : _numerator.Sum(first, last);

    /// <summary>The divisor over the days: the record count for averages, the denominator metric for ratios.</summary>
    public double Denominator(DateOnly first, DateOnly last) =>
        _denominatorIsCount ? _denominator.Count(first, last) : _denominator.Sum(first, last);

    /// <summary>Records behind the quotient (the denominator's record count), for minimum-sample rules.</summary>
    public long Sample(DateOnly first, DateOnly last) => _denominator.Count(first, last);

    /// <summary>The metric's value over the days: the total for additive metrics, the quotient otherwise (null when nothing to divide by).</summary>
    public double? Value(DateOnly first, DateOnly last)
    {
        if (Shape == MetricShape.Additive)
        {
            return Numerator(first, last);
        }

        var denominator = Denominator(first, last);
        return denominator == 0 ? null : Numerator(first, last) / denominator;
    }

    // Salesforce COUNT() metrics carry their figure in the record count; SUM metrics in the sum.
    // A distinct count arrives in Sum (COUNT_DISTINCT per day, with the record count beside it), like a sum.
    private static bool IsCount(QueryMetric metric) => metric.Aggregate is MetricAggregate.Count;

    private static DailySeries Find(IReadOnlyDictionary<string, DailySeries> series, string metric) =>
        series.TryGetValue(metric, out var found) ? found : DailySeries.Empty;

    private static MetricShape CheckRatioParts(RatioMetric ratio, MetricCatalog catalog)
    {
        RatioPart(ratio, ratio.Numerator, catalog);
        RatioPart(ratio, ratio.Denominator, catalog);
        return MetricShape.Ratio;
    }

    private static QueryMetric RatioPart(RatioMetric ratio, string part, MetricCatalog catalog)
    {
        if (!catalog.TryGet(part, out var definition))
        {
            throw new ArgumentException($"Ratio metric '{ratio.Name}' names metric '{part}', which is not in the metric catalogue.", nameof(ratio));
        }

        if (definition is not QueryMetric query || query.Aggregate == MetricAggregate.Avg)
        {
            throw new ArgumentException(
                $"Ratio metric '{ratio.Name}' divides by or into '{part}', which is itself an average or a ratio; ratio parts must be counts or sums.",
                nameof(ratio));
        }

        return query;
    }
}
