using System.Globalization;
using PipWatch.Core.Metrics;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Soql;

namespace PipWatch.Salesforce.Metrics;

/// <summary>
/// Metrics that count the same records (same object, owner field, date field and filter) share one aggregate
/// query: e.g. opportunities created and pipeline created are COUNT(Id) and SUM(Amount) of the same rows.
/// Each metric keeps a sum and a count so days combine exactly: a count metric is COUNT(Id) twice; a sum is
/// SUM(field) with COUNT(Id); an average is SUM(field) with COUNT(field) (AVG ignores nulls, so the divisor
/// must too); a distinct count is COUNT_DISTINCT(field) per bucket with COUNT(Id).
/// </summary>
internal sealed class MetricQueryGroup
{
    private readonly List<string> _columns = [];
    private readonly List<(QueryMetric Metric, int Sum, int Count)> _metrics = [];

    public MetricQueryGroup(IReadOnlyList<QueryMetric> metrics)
    {
        var first = metrics[0];
        var where = $"metric {first.Name}";
        SObject = SoqlText.Identifier(first.SObject, $"The object of {where}");
        OwnerField = SoqlText.Identifier(first.OwnerField, $"The owner field of {where}");
        DateField = SoqlText.Identifier(first.DateField, $"The date field of {where}");
        Kind = first.DateFieldKind;
        Filter = string.IsNullOrWhiteSpace(first.Filter) ? null : SoqlText.Filter(first.Filter, where);

        foreach (var metric in metrics)
        {
            var field = metric.Field is null ? null : SoqlText.Identifier(metric.Field, $"The field of metric {metric.Name}");
            var (sum, count) = metric.Aggregate switch
            {
                MetricAggregate.Count when field is null => (Column("COUNT(Id)"), Column("COUNT(Id)")),
                MetricAggregate.Count => (Column($"COUNT({field})"), Column($"COUNT({field})")),
                MetricAggregate.Sum => (Column($"SUM({Require(field, metric)})"), Column("COUNT(Id)")),
                MetricAggregate.Avg => (Column($"SUM({Require(field, metric)})"), Column($"COUNT({Require(field, metric)})")),
                MetricAggregate.CountDistinct => (Column($"COUNT_DISTINCT({Require(field, metric)})"), Column("COUNT(Id)")),
                _ => throw new ArgumentException($"Metric {metric.Name} has an unknown aggregate {metric.Aggregate}.", nameof(metrics)),
            };
            _metrics.Add((metric, sum, count));
        }

        RecordCountColumn = Column("COUNT(Id)");
    }

    public string SObject { get; }

    public string OwnerField { get; }

    public string DateField { get; }

    public DateFieldKind Kind { get; }

    public string? Filter { get; }

    public int ColumnCount => _columns.Count;

    /// <summary>The COUNT(Id) column: a bucket's record count, used to tell an empty part from a full one.</summary>
    public int RecordCountColumn { get; }

    public string Names => string.Join(", ", _metrics.Select(m => m.Metric.Name));

    public static object Key(QueryMetric metric) => (
        metric.SObject.ToUpperInvariant(),
        metric.OwnerField.ToUpperInvariant(),
        metric.DateField.ToUpperInvariant(),
        metric.DateFieldKind,
        metric.Filter?.Trim() ?? "");

    /// <summary>
    /// The aggregate query for some owners between two bounds. Date fields group on the stored date; datetime
    /// fields group on UTC day and hour, which the fetcher maps to each rep's local day.
    /// </summary>
    public string BuildQuery(IEnumerable<string> ownerIds, string lowerBound, string upperBound, string? extraCondition = null)
    {
        var aggregates = string.Join(", ", _columns.Select((expression, i) => $"{expression} v{i}"));
        var (dayColumns, groupBy, range) = Kind == DateFieldKind.Date
            ? ($"{DateField} d", DateField, $"{DateField} >= {lowerBound} AND {DateField} <= {upperBound}")
            : ($"DAY_ONLY({DateField}) d, HOUR_IN_DAY({DateField}) h",
               $"DAY_ONLY({DateField}), HOUR_IN_DAY({DateField})",
               $"{DateField} >= {lowerBound} AND {DateField} < {upperBound}");

        var conditions = new List<string> { $"{OwnerField} IN {SoqlText.IdList(ownerIds, "rep user Id")}", range };
        if (Filter is not null)
        {
            conditions.Add(Filter);
        }

        if (extraCondition is not null)
        {
            conditions.Add(extraCondition);
        }

        return $"SELECT {OwnerField} o, {dayColumns}, {aggregates} FROM {SObject} WHERE {string.Join(" AND ", conditions)} GROUP BY {OwnerField}, {groupBy}";
    }

    public double[] ReadColumns(SalesforceRecord row)
    {
        var values = new double[_columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            // SUM over only null values comes back as an explicit null: nothing to add.
            values[i] = row.GetDouble(string.Create(CultureInfo.InvariantCulture, $"v{i}")) ?? 0;
        }

        return values;
    }

    public IEnumerable<DailyMetricValue> ToValues(string repUserId, DateOnly day, double[] totals)
    {
        foreach (var (metric, sum, count) in _metrics)
        {
            var recordCount = (long)Math.Round(totals[count]);
            if (recordCount != 0 || totals[sum] != 0)
            {
                yield return new DailyMetricValue(repUserId, metric.Name, day, totals[sum], recordCount);
            }
        }
    }

    private int Column(string expression)
    {
        var index = _columns.IndexOf(expression);
        if (index >= 0)
        {
            return index;
        }

        _columns.Add(expression);
        return _columns.Count - 1;
    }

    private static string Require(string? field, QueryMetric metric) =>
        field ?? throw new ArgumentException($"Metric {metric.Name} aggregates with {metric.Aggregate} but names no field.", nameof(metric));
}
