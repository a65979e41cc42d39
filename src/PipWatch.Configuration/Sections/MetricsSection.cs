using System.Text.RegularExpressions;
using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Yaml;
using PipWatch.Core.Metrics;

namespace PipWatch.Configuration.Sections;

/// <summary>The metric catalogue: query metrics read from Salesforce and ratio metrics that divide two of them.</summary>
internal static partial class MetricsSection
{
    private static readonly string[] s_queryKeys = ["object", "owner_field", "date_field", "date_type", "aggregate", "field", "filter"];

    // Salesforce's own types for the date fields metrics use most; any other field must say which it is.
    private static readonly Dictionary<string, DateFieldKind> s_wellKnownDateFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ActivityDate"] = DateFieldKind.Date,
        ["CloseDate"] = DateFieldKind.Date,
        ["CreatedDate"] = DateFieldKind.DateTime,
        ["StartDateTime"] = DateFieldKind.DateTime,
        ["EndDateTime"] = DateFieldKind.DateTime,
        ["ActivityDateTime"] = DateFieldKind.DateTime,
        ["CompletedDateTime"] = DateFieldKind.DateTime,
        ["LastModifiedDate"] = DateFieldKind.DateTime,
        ["SystemModstamp"] = DateFieldKind.DateTime,
    };

    public static MetricCatalogue Read(MappingReader? section)
    {
        if (section is null)
        {
            return MetricCatalogue.Unavailable;
        }

        var definitions = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var ratios = new List<(MappingReader Reader, RatioMetric Metric)>();
        var problems = section.Context.Problems;

        foreach (var entry in section.Entries())
        {
            var path = section.PathOf(entry.Key);
            declared.Add(entry.Key);
            var before = problems.Count;
            if (!MetricName().IsMatch(entry.Key))
            {
                problems.Add(entry.KeyLocation, path, "a metric name is lower-case letters, digits and _, starting with a letter, e.g. meetings_held");
            }

            if (entry.Value is not MappingNode mapping)
            {
                problems.Add(entry.Location, path, $"a metric is a section of keys (object, date_field, aggregate, ...), but found {entry.Value.Describe()}");
                continue;
            }

            var reader = new MappingReader(mapping, path, section.Context, location: entry.Location);
            MetricDefinition? metric = reader.Has("ratio") ? ReadRatio(entry.Key, reader) : ReadQuery(entry.Key, reader);
            reader.Finish();
            if (metric is null || problems.Count > before)
            {
                continue;
            }

            definitions[entry.Key] = metric;
            if (metric is RatioMetric ratio)
            {
                ratios.Add((reader, ratio));
            }
        }

        foreach (var (reader, ratio) in ratios)
        {
            var ok = CheckOperand(reader, ratio, "numerator", ratio.Numerator, definitions, declared);
            ok &= CheckOperand(reader, ratio, "denominator", ratio.Denominator, definitions, declared);
            if (!ok)
            {
                definitions.Remove(ratio.Name);
            }
        }

        if (declared.Count == 0)
        {
            // Without metrics every target would be reported as unknown; one problem here says it better.
            section.ReportHere("the catalogue is empty: define the metrics PIP targets measure (see the shipped pipwatch.yaml)");
            return MetricCatalogue.Unavailable;
        }

        return new MetricCatalogue(definitions, declared);
    }

    private static RatioMetric? ReadRatio(string name, MappingReader r)
    {
        var label = r.String("label") ?? Humanize(name);
        var unit = r.Read("unit", MetricUnit.Percent, ScalarParsers.Choice);
        foreach (var key in s_queryKeys.Where(r.Has))
        {
            r.Report(key, "a ratio metric is worked out from two other metrics, so it takes only label, unit and ratio");
        }

        if (r.OptionalSection("ratio") is not { } ratio)
        {
            return null;
        }

        var numerator = ratio.RequiredString("numerator", "the metric to divide, e.g. numerator: opps_created");
        var denominator = ratio.RequiredString("denominator", "the metric to divide by, e.g. denominator: meetings_held");
        ratio.Finish();
        return new RatioMetric(name, label, unit, numerator, denominator);
    }

    private static bool CheckOperand(
        MappingReader r, RatioMetric ratio, string role, string operand, Dictionary<string, MetricDefinition> definitions, HashSet<string> declared)
    {
        var ratioReader = r.Section("ratio");
        string? problem = null;
        if (operand == ratio.Name)
        {
            problem = "a ratio cannot divide by or into itself";
        }
        else if (!declared.Contains(operand))
        {
            var closest = KeyNames.Closest(operand, declared);
            problem = $"there is no metric '{operand}' in this catalogue" + (closest is null ? "" : $": did you mean '{closest}'?");
        }
        else if (definitions.TryGetValue(operand, out var definition))
        {
            problem = definition switch
            {
                RatioMetric => $"'{operand}' is itself a ratio; ratios of ratios are not supported: use a count or sum metric",
                QueryMetric { Aggregate: MetricAggregate.Avg } => $"'{operand}' is an average; a ratio divides counts or sums",
                _ => null,
            };
        }

        if (problem is not null)
        {
            ratioReader.Report(role, problem);
        }

        // An operand that exists but is itself invalid has been reported already; the ratio cannot be used either.
        return problem is null && definitions.ContainsKey(operand);
    }

    private static QueryMetric? ReadQuery(string name, MappingReader r)
    {
        var sObject = r.RequiredString("object", "the Salesforce object to read, e.g. object: Task");
        CheckIdentifier(r, "object", sObject, allowDots: false);
        var ownerField = r.Read("owner_field", "OwnerId", ScalarParsers.String);
        CheckIdentifier(r, "owner_field", ownerField, allowDots: true);
        var dateField = r.RequiredString("date_field", "the field that dates each record, e.g. date_field: ActivityDate");
        CheckIdentifier(r, "date_field", dateField, allowDots: false);
        var dateKind = ReadDateKind(r, dateField);
        var aggregate = r.Read("aggregate", MetricAggregate.Count, ScalarParsers.Choice);
        var field = r.String("field");
        var filter = r.String("filter");
        var label = r.String("label") ?? Humanize(name);

        if (aggregate == MetricAggregate.Count && field is not null)
        {
            r.Report("field", "count counts records, so it takes no field: remove 'field', or use aggregate: count_distinct");
        }
        else if (aggregate != MetricAggregate.Count && !r.Has("field"))
        {
            r.ReportMissing("field", $"aggregate {KeyNames.ToSnakeCase(aggregate.ToString())} needs the field to aggregate, e.g. field: Amount");
        }
        else if (field is not null)
        {
            CheckIdentifier(r, "field", field, allowDots: true);
        }

        var countLike = aggregate is MetricAggregate.Count or MetricAggregate.CountDistinct;
        if (!countLike && !r.Has("unit"))
        {
            r.ReportMissing("unit", "say how to show the value: currency, score, duration, percent or count");
        }

        var unit = r.Read("unit", MetricUnit.Count, ScalarParsers.Choice);
        if (filter is not null && FilterProblem(filter) is { } filterProblem)
        {
            r.Report("filter", filterProblem);
        }

        return new QueryMetric(name, label, unit, sObject, ownerField, dateField, dateKind, aggregate, field, filter);
    }

    private static DateFieldKind ReadDateKind(MappingReader r, string dateField)
    {
        if (r.Has("date_type"))
        {
            return r.Read("date_type", DateFieldKind.Date, DateKind);
        }

        if (s_wellKnownDateFields.TryGetValue(dateField, out var known))
        {
            return known;
        }

        if (dateField.Length > 0)
        {
            r.ReportMissing("date_type", $"say whether {dateField} is a date or a datetime field: date_type: date or date_type: datetime");
        }

        return DateFieldKind.Date;
    }

    private static bool DateKind(string text, out DateFieldKind value, out string error)
    {
        error = $"{ScalarParsers.Quote(text)} is not one of: date, datetime";
        (var ok, value) = text.ToLowerInvariant() switch
        {
            "date" => (true, DateFieldKind.Date),
            "datetime" or "date_time" => (true, DateFieldKind.DateTime),
            _ => (false, DateFieldKind.Date),
        };
        return ok;
    }

    private static void CheckIdentifier(MappingReader r, string key, string value, bool allowDots)
    {
        if (value.Length > 0 && !(allowDots ? FieldPath() : Identifier()).IsMatch(value))
        {
            r.Report(key, $"{ScalarParsers.Quote(value)} is not a Salesforce API name (letters, digits and _, e.g. Call_Score__c)");
        }
    }

    /// <summary>The filter goes into a WHERE clause as written; catch what would break the query.</summary>
    private static string? FilterProblem(string filter)
    {
        var outsideQuotes = QuotedLiteral().Replace(filter, "''");
        if (outsideQuotes.Count(c => c == '\'') % 2 != 0)
        {
            return "a quote (') is not closed";
        }

        if (outsideQuotes.Count(c => c == '(') != outsideQuotes.Count(c => c == ')'))
        {
            return "the brackets ( ) do not pair up";
        }

        if (outsideQuotes.Contains(';', StringComparison.Ordinal) || ClauseKeyword().IsMatch(outsideQuotes))
        {
            return "a filter is only a condition (it becomes part of WHERE): remove ';', GROUP BY, ORDER BY or LIMIT";
        }

        return null;
    }

    private static string Humanize(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' ');

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MetricName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]{0,79}(\.[A-Za-z][A-Za-z0-9_]{0,79})*$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPath();

    [GeneratedRegex(@"'(\\.|[^'\\])*'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedLiteral();

    [GeneratedRegex(@"\b(GROUP\s+BY|ORDER\s+BY|LIMIT|HAVING)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseKeyword();
}
