using PipWatch.Configuration.Settings;
using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Storage.Metrics;

namespace PipWatch.Reporting;

/// <summary>
/// Each week of a plan's weekly targets with its final figure, recounted from the stored daily metric values by the
/// evaluator itself. The evaluation history cannot give it: a weekly target's daily row holds the week running on
/// that day, so a week's last row is usually from before the week ended. The values are keyed by the rep's
/// Salesforce user Id, so this works when the plan file names the rep by Id (the report never asks Salesforce who a
/// username or email is); otherwise the report falls back to the history.
/// </summary>
public sealed class WeeklyRecount(MetricValueStore values)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<WeekResult>>> CountAsync(
        Pip plan, PipWatchSettings settings, DateOnly lastEvaluated, CancellationToken cancellationToken)
    {
        if (!plan.Rep.IsUserId || !PlanTerms.AllTargets(plan).Any(t => t.Kind == GoalKind.Weekly))
        {
            return new Dictionary<string, IReadOnlyList<WeekResult>>();
        }

        var catalog = new MetricCatalog(settings.Metrics.Values);
        var window = new MetricWindow([plan.Rep.Value], [.. catalog.All.Select(m => m.Name)], plan.Start, lastEvaluated);
        var stored = await values.ReadAsync(window, cancellationToken);
        if (stored.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<WeekResult>>();
        }

        var zone = Zone(plan);
        PreparedPlan prepared;
        try
        {
            prepared = PreparedPlan.Create(plan, settings.Calendar, zone, catalog);
        }
        catch (ArgumentException)
        {
            return new Dictionary<string, IReadOnlyList<WeekResult>>();
        }

        // Midday of the last evaluated day, so the recount's "today" is that day whatever the zone.
        var asOf = TimeZones.StartOfDay(lastEvaluated, zone).AddHours(12);
        var evaluation = PlanEvaluator.Evaluate(prepared, DailySeries.ByMetric(stored), settings.Thresholds, null, asOf);
        return evaluation.Targets
            .Where(t => t.Kind == GoalKind.Weekly)
            .ToDictionary(
                t => t.TargetId,
                t => (IReadOnlyList<WeekResult>)[.. t.Weeks.Where(w => w.WorkingDays > 0 && w.WeekStart <= lastEvaluated)],
                StringComparer.Ordinal);
    }

    /// <summary>The plan file's zone when it names one, else UTC: the values are already per local day, and "today" is pinned.</summary>
    private static TimeZoneInfo Zone(Pip plan)
    {
        if (plan.TimeZoneOverride is { Length: > 0 } zone)
        {
            try
            {
                return TimeZones.FromIana(zone);
            }
            catch (ArgumentException)
            {
                return TimeZoneInfo.Utc;
            }
        }

        return TimeZoneInfo.Utc;
    }
}
