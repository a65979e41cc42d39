using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Soql;

namespace PipWatch.Salesforce.ScaleHarness;

/// <summary>The approach PipWatch avoids: one aggregate query per rep per metric, at the same parallelism.</summary>
public sealed class NaivePoller(SalesforceClient client, int parallelism)
{
    public async Task<int> PollAsync(IReadOnlyList<(string RepId, TimeZoneInfo Zone)> reps, DateRange window, CancellationToken cancellationToken)
    {
        var work = reps.SelectMany(r => HarnessMetrics.All.Select(m => Query(m, r.RepId, r.Zone, window))).ToList();
        var calls = 0;
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (soql, token) =>
        {
            await client.AggregateAsync(soql, token);
            Interlocked.Increment(ref calls);
        });
        return calls;
    }

    private static string Query(QueryMetric metric, string repId, TimeZoneInfo zone, DateRange window)
    {
        var value = metric.Aggregate switch
        {
            MetricAggregate.Sum => $"SUM({metric.Field}) v0",
            MetricAggregate.Avg => $"SUM({metric.Field}) v0, COUNT({metric.Field}) v1",
            _ => "COUNT(Id) v0",
        };
        var filter = metric.Filter is null ? "" : $" AND ({metric.Filter})";
        if (metric.DateFieldKind == DateFieldKind.Date)
        {
            return $"SELECT {metric.DateField} d, {value} FROM {metric.SObject} WHERE OwnerId = {SoqlText.Id(repId)} AND {metric.DateField} >= {SoqlText.Date(window.First)} AND {metric.DateField} <= {SoqlText.Date(window.Last)}{filter} GROUP BY {metric.DateField}";
        }

        var from = Start(zone, window.First);
        var to = Start(zone, window.Last.AddDays(1));
        return $"SELECT DAY_ONLY({metric.DateField}) d, HOUR_IN_DAY({metric.DateField}) h, {value} FROM {metric.SObject} WHERE OwnerId = {SoqlText.Id(repId)} AND {metric.DateField} >= {SoqlText.DateTime(from)} AND {metric.DateField} < {SoqlText.DateTime(to)}{filter} GROUP BY DAY_ONLY({metric.DateField}), HOUR_IN_DAY({metric.DateField})";
    }

    private static DateTimeOffset Start(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
