using System.Globalization;
using System.Text.Json.Nodes;
using PipWatch.Salesforce.Json;

namespace PipWatch.Testing.Salesforce.Soql;

/// <summary>The result of running a query in the fake: JSON-ready rows and Salesforce's totalSize.</summary>
public sealed record SoqlResult(IReadOnlyList<JsonObject> Rows, int TotalSize, bool IsAggregate);

/// <summary>
/// Runs parsed SOQL against the fake org with Salesforce's rules where PipWatch depends on them: unknown fields
/// and literal types that do not match a field are refused, every selected field of an aggregate query must be
/// grouped or aggregated, DAY_ONLY and HOUR_IN_DAY work in UTC, string comparisons ignore case, and aggregate
/// results stop at 2,000 rows.
/// </summary>
public sealed class SoqlEngine(FakeOrg org)
{
    public const int MaxAggregateRows = 2000;

    public SoqlResult Execute(SoqlQuery query)
    {
        if (!org.Objects.TryGetValue(query.From, out var sobject))
        {
            throw new SoqlException("INVALID_TYPE", $"sObject type '{query.From}' is not supported.");
        }

        Validate(query, sobject);
        var matches = org.Source.Records(sobject.Name, OwnerKeys(query.Where))
            .Where(r => query.Where is null || Matches(query.Where, r, sobject))
            .ToList();

        if (query.IsCountOnly)
        {
            return new SoqlResult([], Math.Min(matches.Count, query.Limit ?? int.MaxValue), false);
        }

        if (!query.IsAggregate)
        {
            var rows = matches.Take(query.Limit ?? int.MaxValue).Select(r => Project(query, r, sobject)).ToList();
            return new SoqlResult(rows, rows.Count, false);
        }

        var groups = matches
            .GroupBy(r => string.Join("\u001f", query.GroupBy.Select(g => Format(Evaluate(g, r, sobject)))), StringComparer.OrdinalIgnoreCase)
            .Take(query.Limit ?? int.MaxValue)
            .ToList();
        if (groups.Count > MaxAggregateRows)
        {
            throw new SoqlException("MALFORMED_QUERY", "Aggregate query does not support queryMore(), use LIMIT to restrict the results to a single batch");
        }

        var aggregateRows = groups.Select(g => AggregateRow(query, [.. g], sobject)).ToList();
        return new SoqlResult(aggregateRows, aggregateRows.Count, true);
    }

    private void Validate(SoqlQuery query, FakeObject sobject)
    {
        foreach (var expression in query.Select.Select(s => s.Expression).Concat(query.GroupBy))
        {
            CheckExpression(expression, sobject);
        }

        foreach (var expression in Operands(query.Where))
        {
            CheckExpression(expression, sobject);
        }

        if (query.IsAggregate && !query.IsCountOnly)
        {
            var grouped = query.GroupBy.Select(g => g.Canonical).ToHashSet(StringComparer.Ordinal);
            foreach (var item in query.Select.Where(s => s.Expression is not SoqlFunction { IsAggregate: true }))
            {
                if (!grouped.Contains(item.Expression.Canonical))
                {
                    throw new SoqlException("MALFORMED_QUERY", $"Field must be grouped or aggregated: {item.Expression.Canonical}");
                }
            }
        }
    }

    private static IEnumerable<SoqlExpr> Operands(SoqlCondition? condition) => condition switch
    {
        SoqlAnd and => and.Parts.SelectMany(Operands),
        SoqlOr or => or.Parts.SelectMany(Operands),
        SoqlNot not => Operands(not.Inner),
        SoqlComparison comparison => [comparison.Left],
        SoqlIn @in => [@in.Left],
        _ => [],
    };

    private string CheckExpression(SoqlExpr expression, FakeObject sobject)
    {
        switch (expression)
        {
            case SoqlField field:
                return FieldType(field.Path, sobject);
            case SoqlFunction { Argument: null } function when function.Name.Equals("COUNT", StringComparison.OrdinalIgnoreCase):
                return "int";
            case SoqlFunction { Argument: { } argument } function:
                var type = FieldType(argument.Path, sobject);
                return function.Name.ToUpperInvariant() switch
                {
                    "DAY_ONLY" when type == "datetime" => "date",
                    "HOUR_IN_DAY" when type == "datetime" => "int",
                    "DAY_ONLY" or "HOUR_IN_DAY" => throw new SoqlException("MALFORMED_QUERY", $"{function.Name} is only valid on dateTime fields, and {argument.Path} is {type}"),
                    "SUM" or "AVG" when type is not ("double" or "currency" or "int" or "percent") => throw new SoqlException("MALFORMED_QUERY", $"field {argument.Path} does not support aggregate operator {function.Name}"),
                    "COUNT" or "COUNT_DISTINCT" => "int",
                    "SUM" or "AVG" or "MIN" or "MAX" => type,
                    _ => throw new SoqlException("MALFORMED_QUERY", $"unknown function {function.Name}"),
                };
            default:
                throw new SoqlException("MALFORMED_QUERY", "unexpected expression");
        }
    }

    private string FieldType(string path, FakeObject sobject)
    {
        var parts = path.Split('.');
        var current = sobject;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (!current.Relationships.TryGetValue(parts[i], out var relationship))
            {
                throw new SoqlException("INVALID_FIELD", $"Didn't understand relationship '{parts[i]}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name.");
            }

            current = org.Objects[relationship.Target];
        }

        return current.Fields.TryGetValue(parts[^1], out var field)
            ? field.Type
            : throw new SoqlException("INVALID_FIELD", $"No such column '{parts[^1]}' on entity '{current.Name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.");
    }

    private bool Matches(SoqlCondition condition, FakeRecord record, FakeObject sobject) => condition switch
    {
        SoqlAnd and => and.Parts.All(p => Matches(p, record, sobject)),
        SoqlOr or => or.Parts.Any(p => Matches(p, record, sobject)),
        SoqlNot not => !Matches(not.Inner, record, sobject),
        SoqlIn @in => In(@in, record, sobject) != @in.Negated,
        SoqlComparison comparison => Test(comparison, record, sobject),
        _ => false,
    };

    private bool In(SoqlIn @in, FakeRecord record, FakeObject sobject)
    {
        var actual = Evaluate(@in.Left, record, sobject);
        if (actual is string text && @in.Values.All(v => v is string))
        {
            return CheckExpression(@in.Left, sobject) is "id" or "reference" ? @in.IdKeys.Contains(FakeOrg.KeyOf(text)) : @in.TextKeys.Contains(text);
        }

        return @in.Values.Any(v => Compare(@in.Left, actual, v, sobject) == 0);
    }

    private bool Test(SoqlComparison comparison, FakeRecord record, FakeObject sobject)
    {
        var actual = Evaluate(comparison.Left, record, sobject);
        if (comparison.Value is null || actual is null)
        {
            var bothNull = comparison.Value is null && actual is null;
            return comparison.Operator switch
            {
                "=" => bothNull,
                "!=" => !bothNull,
                _ => false,
            };
        }

        var order = Compare(comparison.Left, actual, comparison.Value, sobject);
        return comparison.Operator switch
        {
            "=" => order == 0,
            "!=" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            ">=" => order >= 0,
            _ => throw new SoqlException("MALFORMED_QUERY", $"unknown operator {comparison.Operator}"),
        };
    }

    private int Compare(SoqlExpr left, object? actual, object? literal, FakeObject sobject)
    {
        var type = CheckExpression(left, sobject);
        var name = left is SoqlField f ? f.Path : left.Canonical;
        switch (type)
        {
            case "date" when literal is not DateOnly:
                throw new SoqlException("INVALID_FIELD", $"value of filter criterion for field '{name}' must be of type date and should not be enclosed in quotes");
            case "datetime" when literal is not DateTimeOffset:
                throw new SoqlException("INVALID_FIELD", $"value of filter criterion for field '{name}' must be of type dateTime and should not be enclosed in quotes");
        }

        if (actual is null || literal is null)
        {
            return actual is null && literal is null ? 0 : 1;
        }

        return (actual, literal) switch
        {
            (string a, string b) when type is "id" or "reference" => string.CompareOrdinal(FakeOrg.KeyOf(a), FakeOrg.KeyOf(b)),
            (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
            (double a, double b) => a.CompareTo(b),
            (bool a, bool b) => a.CompareTo(b),
            (DateOnly a, DateOnly b) => a.CompareTo(b),
            (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
            _ => throw new SoqlException("INVALID_FIELD", $"value of filter criterion for field '{name}' must be of type {type}"),
        };
    }

    private object? Evaluate(SoqlExpr expression, FakeRecord record, FakeObject sobject) => expression switch
    {
        SoqlField field => Resolve(field.Path, record, sobject),
        SoqlFunction { Name: var name, Argument: { } argument } when name.Equals("DAY_ONLY", StringComparison.OrdinalIgnoreCase) =>
            Resolve(argument.Path, record, sobject) is DateTimeOffset at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
        SoqlFunction { Name: var name, Argument: { } argument } when name.Equals("HOUR_IN_DAY", StringComparison.OrdinalIgnoreCase) =>
            Resolve(argument.Path, record, sobject) is DateTimeOffset at ? (double)at.UtcDateTime.Hour : null,
        _ => throw new SoqlException("MALFORMED_QUERY", $"{expression.Canonical} cannot be used here"),
    };

    private object? Resolve(string path, FakeRecord record, FakeObject sobject)
    {
        var parts = path.Split('.');
        FakeRecord? current = record;
        var currentObject = sobject;
        for (var i = 0; i < parts.Length - 1 && current is not null; i++)
        {
            var (idField, target) = currentObject.Relationships[parts[i]];
            current = current.GetValueOrDefault(idField) is string id ? org.Source.FindById(target, id) : null;
            currentObject = org.Objects[target];
        }

        return current?.GetValueOrDefault(parts[^1]);
    }

    private JsonObject Project(SoqlQuery query, FakeRecord record, FakeObject sobject)
    {
        var row = new JsonObject
        {
            ["attributes"] = new JsonObject { ["type"] = sobject.Name, ["url"] = $"/services/data/v64.0/sobjects/{sobject.Name}/{record.Id}" },
        };
        foreach (var item in query.Select)
        {
            var path = ((SoqlField)item.Expression).Path.Split('.');
            var target = row;
            FakeRecord? current = record;
            var currentObject = sobject;
            for (var i = 0; i < path.Length - 1; i++)
            {
                var (idField, targetName) = currentObject.Relationships[path[i]];
                current = current?.GetValueOrDefault(idField) is string id ? org.Source.FindById(targetName, id) : null;
                currentObject = org.Objects[targetName];
                if (current is null)
                {
                    target[path[i]] = null;
                    goto next;
                }

                if (target[path[i]] is not JsonObject nested)
                {
                    nested = new JsonObject { ["attributes"] = new JsonObject { ["type"] = targetName } };
                    target[path[i]] = nested;
                }

                target = nested;
            }

            target[path[^1]] = ToJson(current?.GetValueOrDefault(path[^1]));
        next:;
        }

        return row;
    }

    private JsonObject AggregateRow(SoqlQuery query, List<FakeRecord> records, FakeObject sobject)
    {
        var row = new JsonObject { ["attributes"] = new JsonObject { ["type"] = "AggregateResult" } };
        var unnamed = 0;
        foreach (var item in query.Select)
        {
            var name = item.Alias ?? (item.Expression is SoqlField field ? field.Path.Split('.')[^1] : $"expr{unnamed++}");
            row[name] = item.Expression is SoqlFunction { IsAggregate: true } aggregate
                ? ToJson(Aggregate(aggregate, records, sobject))
                : ToJson(Evaluate(item.Expression, records[0], sobject));
        }

        return row;
    }

    private object? Aggregate(SoqlFunction function, List<FakeRecord> records, FakeObject sobject)
    {
        var values = function.Argument is null
            ? records.Select(object? (r) => r.Id).ToList()
            : records.Select(r => Resolve(function.Argument.Path, r, sobject)).Where(v => v is not null).ToList();
        return function.Name.ToUpperInvariant() switch
        {
            "COUNT" => (double)values.Count,
            "COUNT_DISTINCT" => (double)values.Select(Format).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            "SUM" => values.Count == 0 ? null : values.Sum(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
            "AVG" => values.Count == 0 ? null : values.Average(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
            "MIN" => values.Count == 0 ? null : values.Min(),
            "MAX" => values.Count == 0 ? null : values.Max(),
            _ => throw new SoqlException("MALFORMED_QUERY", $"unknown aggregate {function.Name}"),
        };
    }

    /// <summary>Owner Ids named by a top-level <c>OwnerId IN (…)</c> or <c>OwnerId = …</c>, to read only their records.</summary>
    private static IReadOnlyCollection<string>? OwnerKeys(SoqlCondition? where)
    {
        var parts = where is SoqlAnd and ? and.Parts : where is null ? [] : [where];
        foreach (var part in parts)
        {
            switch (part)
            {
                case SoqlIn { Negated: false, Left: SoqlField { Path: var path } } @in when path.Equals("OwnerId", StringComparison.OrdinalIgnoreCase):
                    return [.. @in.Values.OfType<string>().Select(FakeOrg.KeyOf)];
                case SoqlComparison { Operator: "=", Left: SoqlField { Path: var path }, Value: string id } when path.Equals("OwnerId", StringComparison.OrdinalIgnoreCase):
                    return [FakeOrg.KeyOf(id)];
            }
        }

        return null;
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => SalesforceDateTime.Format(at),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static JsonValue? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => JsonValue.Create((long)number),
        double number => JsonValue.Create(number),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset at => JsonValue.Create(SalesforceDateTime.Format(at)),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
