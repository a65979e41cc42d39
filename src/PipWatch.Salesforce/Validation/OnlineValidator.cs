using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Soql;
using PipWatch.Salesforce.Users;

namespace PipWatch.Salesforce.Validation;

/// <summary>
/// Checks configuration against the live org: every query metric's object and fields exist and suit the
/// aggregate (via describe, one call per object), each filter parses (one small query per filtered metric),
/// and every plan's rep exists and is active (through the user directory).
/// </summary>
public sealed class OnlineValidator(SalesforceClient client, UserDirectory directory)
{
    private static readonly HashSet<string> NumericTypes = new(["currency", "double", "int", "percent", "long"], StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<ValidationProblem>> ValidateAsync(
        IReadOnlyDictionary<string, MetricDefinition> metrics, IReadOnlyCollection<Pip> pips, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var queryMetrics = metrics.Values.OfType<QueryMetric>().OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var described = new Dictionary<string, SObjectDescription?>(StringComparer.OrdinalIgnoreCase);
        foreach (var metric in queryMetrics)
        {
            var subject = $"metric {metric.Name}";
            if (!described.TryGetValue(metric.SObject, out var description))
            {
                try
                {
                    description = await client.DescribeAsync(metric.SObject, cancellationToken);
                }
                catch (ArgumentException ex)
                {
                    problems.Add(new(subject, ex.Message));
                    continue;
                }

                described[metric.SObject] = description;
            }

            if (description is null)
            {
                problems.Add(new(subject, $"object '{metric.SObject}' does not exist or the integration user cannot see it."));
                continue;
            }

            problems.AddRange(CheckFields(metric, description).Select(message => new ValidationProblem(subject, message)));
            if (!string.IsNullOrWhiteSpace(metric.Filter))
            {
                await CheckFilterAsync(metric, subject, problems, cancellationToken);
            }
        }

        foreach (var ratio in metrics.Values.OfType<RatioMetric>())
        {
            foreach (var part in new[] { ratio.Numerator, ratio.Denominator }.Where(p => !metrics.ContainsKey(p)))
            {
                problems.Add(new($"metric {ratio.Name}", $"divides by or into '{part}', which is not a metric in the catalogue."));
            }
        }

        if (pips.Count > 0)
        {
            var people = await directory.ResolveAsync(pips, cancellationToken);
            foreach (var pip in people.Pips)
            {
                var subject = pip.SourceFile.Length > 0 ? pip.SourceFile : $"PIP {pip.PipId}";
                problems.AddRange(pip.Problems.Select(p => new ValidationProblem(subject, p.Message)));
            }
        }

        return problems;
    }

    private static IEnumerable<string> CheckFields(QueryMetric metric, SObjectDescription description)
    {
        var fields = description.Fields;
        if (!fields.TryGetValue(metric.OwnerField, out var owner))
        {
            yield return $"owner field '{metric.OwnerField}' does not exist on {description.Name}.";
        }
        else if (!owner.Groupable)
        {
            yield return $"owner field '{metric.OwnerField}' on {description.Name} cannot be grouped by.";
        }

        if (!fields.TryGetValue(metric.DateField, out var date))
        {
            yield return $"date field '{metric.DateField}' does not exist on {description.Name}.";
        }
        else
        {
            var expected = metric.DateFieldKind == DateFieldKind.Date ? "date" : "datetime";
            if (!string.Equals(date.Type, expected, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"date field '{metric.DateField}' on {description.Name} is a {date.Type} field, but the metric says date_type {expected}.";
            }
        }

        if (metric.Field is null)
        {
            if (metric.Aggregate is MetricAggregate.Sum or MetricAggregate.Avg or MetricAggregate.CountDistinct)
            {
                yield return $"aggregate {metric.Aggregate} needs a field.";
            }

            yield break;
        }

        if (!fields.TryGetValue(metric.Field, out var field))
        {
            yield return $"field '{metric.Field}' does not exist on {description.Name}.";
        }
        else if (metric.Aggregate is MetricAggregate.Sum or MetricAggregate.Avg && !NumericTypes.Contains(field.Type))
        {
            yield return $"{metric.Aggregate} needs a number field (currency, double, int, percent), but '{metric.Field}' on {description.Name} is {field.Type}.";
        }
        else if (!field.Aggregatable)
        {
            yield return $"field '{metric.Field}' on {description.Name} cannot be aggregated.";
        }
    }

    private async Task CheckFilterAsync(QueryMetric metric, string subject, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        try
        {
            var query = $"SELECT COUNT() FROM {SoqlText.Identifier(metric.SObject, "object")} WHERE {SoqlText.Filter(metric.Filter!, subject)} LIMIT 1";
            await client.CountAsync(query, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            problems.Add(new(subject, ex.Message));
        }
        catch (SalesforceApiException ex)
        {
            problems.Add(new(subject, $"filter '{metric.Filter}' is rejected by Salesforce: {ex.ErrorCode}: {string.Join("; ", ex.Errors.Select(e => e.Message))}"));
        }
    }
}
