using PipWatch.Core.Calendar;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Demo;

/// <summary>
/// Turns the demo plans into what drives the generator: for each target, the daily figure that is exactly on goal,
/// shaped by the plan's story. Baselines come from the plan as first written (original goals and dates), so an
/// amendment changes what the rep is measured against, not what the rep does.
/// </summary>
internal static class StoryPlanBuilder
{
    /// <summary>The rep's story when the demo has none for the plan: on goal throughout.</summary>
    private static readonly StoryCurve OnGoal = StoryCurve.Flat(1, before: 0.9);

    /// <summary>Plans by the rep's 15-character Id, in start order; plans whose rep is not one demo rep are left out.</summary>
    public static Dictionary<string, List<StoryPlan>> Build(
        DemoOrg org, IReadOnlyList<Pip> pips, CalendarSettings calendar, MetricCatalog metrics, Dictionary<string, MetricFamily> families)
    {
        var plans = new Dictionary<string, List<StoryPlan>>(StringComparer.Ordinal);
        foreach (var pip in pips.OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            if (org.Match(pip.Rep.Value) is not [{ IsRep: true } rep])
            {
                continue;
            }

            var story = DemoStories.Find(pip.Id);
            var finalEnd = EffectivePlan.Versions(pip)[^1].End;
            var drivers = new Dictionary<string, FamilyDriver>(StringComparer.Ordinal);
            var original = PlanCalendar.Create(pip.Start, pip.End, pip.PausedDays, calendar, TimeZoneInfo.Utc);
            foreach (var target in pip.Targets)
            {
                AddDriver(drivers, rep, target, original.TotalWorkingDays, story?.CurveFor(target.Id) ?? OnGoal, calendar, metrics, families);
            }

            foreach (var amendment in pip.Amendments.OrderBy(a => a.EffectiveDate))
            {
                var days = PlanCalendar.Create(pip.Start, finalEnd, pip.PausedDays, calendar, TimeZoneInfo.Utc).CountWorkingDays(amendment.EffectiveDate, finalEnd);
                foreach (var added in amendment.AddedTargets)
                {
                    AddDriver(drivers, rep, added, days, story?.CurveFor(added.Id) ?? OnGoal, calendar, metrics, families);
                }
            }

            var key = rep.Id[..15];
            if (!plans.TryGetValue(key, out var list))
            {
                plans[key] = list = [];
            }

            list.Add(new StoryPlan(pip, finalEnd, drivers));
        }

        return plans;
    }

    /// <summary>The first target on a metric family drives it; a later one on the same records follows along.</summary>
    private static void AddDriver(
        Dictionary<string, FamilyDriver> drivers,
        DemoPerson rep,
        Target target,
        int workingDays,
        StoryCurve curve,
        CalendarSettings calendar,
        MetricCatalog metrics,
        Dictionary<string, MetricFamily> families)
    {
        if (!metrics.TryGet(target.Metric, out var definition))
        {
            return;
        }

        switch (definition)
        {
            case QueryMetric { Aggregate: MetricAggregate.Avg } average when target.Kind == GoalKind.Rate:
                drivers.TryAdd(families[average.Name].Key, new FamilyDriver(DriverKind.Quality, target.Goal, curve));
                break;
            case RatioMetric ratio when target.Kind == GoalKind.Rate
                && metrics.TryGet(ratio.Numerator, out var n) && n is QueryMetric numerator
                && metrics.TryGet(ratio.Denominator, out var d) && d is QueryMetric denominator:
                var perRecord = numerator.Aggregate == MetricAggregate.Sum ? DemoMetricProfiles.For(numerator.Name).Value(rep.Role) : 1;
                drivers.TryAdd(families[numerator.Name].Key, new FamilyDriver(DriverKind.Ratio, target.Goal, curve, denominator, perRecord));
                break;
            case QueryMetric query when target.Kind != GoalKind.Rate:
                var perDay = target.Kind == GoalKind.Weekly
                    ? target.Goal / calendar.StandardWorkingDaysPerWeek
                    : target.Goal / Math.Max(1, workingDays);
                var records = query.Aggregate == MetricAggregate.Sum ? perDay / DemoMetricProfiles.For(query.Name).Value(rep.Role) : perDay;
                drivers.TryAdd(families[query.Name].Key, new FamilyDriver(DriverKind.Records, records, curve));
                break;
        }
    }
}
