namespace PipWatch.Core.Metrics;

/// <summary>A named, ops-defined measure of a rep's work, read from Salesforce or derived from other metrics.</summary>
public abstract record MetricDefinition(string Name, string Label, MetricUnit Unit)
{
    /// <summary>True when a value over several days is a quotient (average or ratio) rather than a plain sum.</summary>
    public abstract bool IsQuotient { get; }
}

/// <summary>A metric read with one aggregate SOQL query per poll, grouped by owner and day.</summary>
public sealed record QueryMetric(
    string Name,
    string Label,
    MetricUnit Unit,
    string SObject,
    string OwnerField,
    string DateField,
    DateFieldKind DateFieldKind,
    MetricAggregate Aggregate,
    string? Field,
    string? Filter) : MetricDefinition(Name, Label, Unit)
{
    public override bool IsQuotient => Aggregate == MetricAggregate.Avg;
}

/// <summary>A metric that divides one metric by another over the same days (e.g. opportunities per meeting held).</summary>
public sealed record RatioMetric(
    string Name,
    string Label,
    MetricUnit Unit,
    string Numerator,
    string Denominator) : MetricDefinition(Name, Label, Unit)
{
    public override bool IsQuotient => true;
}
