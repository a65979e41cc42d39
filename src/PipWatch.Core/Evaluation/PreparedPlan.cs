using PipWatch.Core.Calendar;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Core.Evaluation;

/// <summary>
/// A plan checked and precomputed once for repeated evaluation: every amended version, each with its calendar and
/// resolved metrics. Build one per plan and keep it while the plan file, calendar and catalogue are unchanged.
/// </summary>
public sealed class PreparedPlan
{
    private readonly PlanVersion[] _versions;

    // Effective dates of the amendments, in the order the versions apply them.
    private readonly DateOnly[] _amendmentDates;

    private PreparedPlan(Pip pip, TimeZoneInfo zone, CalendarSettings calendar, MetricCatalog metrics, PlanVersion[] versions, DateOnly[] amendmentDates)
    {
        Pip = pip;
        Zone = zone;
        CalendarSettings = calendar;
        Metrics = metrics;
        _versions = versions;
        _amendmentDates = amendmentDates;
    }

    public Pip Pip { get; }

    public TimeZoneInfo Zone { get; }

    public CalendarSettings CalendarSettings { get; }

    public MetricCatalog Metrics { get; }

    /// <summary>Checks the plan against the catalogue and precomputes it. Every problem is reported with the plan and target it concerns.</summary>
    public static PreparedPlan Create(Pip pip, CalendarSettings calendar, TimeZoneInfo zone, MetricCatalog metrics)
    {
        var versions = EffectivePlan.Versions(pip);
        var calendars = new Dictionary<DateOnly, PlanCalendar>();
        var prepared = new PlanVersion[versions.Count];
        for (var i = 0; i < versions.Count; i++)
        {
            var plan = versions[i];
            if (!calendars.TryGetValue(plan.End, out var planCalendar))
            {
                planCalendar = PlanCalendar.Create(plan.Start, plan.End, pip.PausedDays, calendar, zone);
                calendars[plan.End] = planCalendar;
            }

            var definitions = new MetricDefinition[plan.Targets.Count];
            for (var t = 0; t < definitions.Length; t++)
            {
                definitions[t] = Check(pip, plan.Targets[t].Target, metrics);
            }

            prepared[i] = new PlanVersion(plan, planCalendar, definitions);
        }

        var dates = pip.Amendments.Select(a => a.EffectiveDate).Order().ToArray();
        return new PreparedPlan(pip, zone, calendar, metrics, prepared, dates);
    }

    /// <summary>The rep's local day at an instant.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) => TimeZones.LocalDay(instant, Zone);

    /// <summary>The plan in force on a local day.</summary>
    public EffectivePlan PlanOn(DateOnly localDay) => VersionOn(localDay).Plan;

    /// <summary>The calendar of the plan in force on a local day (an amended end date changes it).</summary>
    public PlanCalendar CalendarOn(DateOnly localDay) => VersionOn(localDay).Calendar;

    internal PlanVersion VersionOn(DateOnly localDay)
    {
        var inForce = 0;
        while (inForce < _amendmentDates.Length && _amendmentDates[inForce] <= localDay)
        {
            inForce++;
        }

        return _versions[inForce];
    }

    private static MetricDefinition Check(Pip pip, Target target, MetricCatalog metrics)
    {
        var where = string.IsNullOrEmpty(pip.SourceFile)
            ? $"Plan '{pip.Id}', target '{target.Id}'"
            : $"Plan '{pip.Id}' ({pip.SourceFile}), target '{target.Id}'";
        var definition = metrics.Get(target.Metric, where);
        var shape = MetricReader.ShapeOf(definition, metrics);
        if (target.Kind == GoalKind.Rate && shape == MetricShape.Additive)
        {
            throw new ArgumentException($"{where} is a rate target on '{target.Metric}', a count or sum; rate targets need an average or ratio metric.");
        }

        if (target.Kind != GoalKind.Rate && shape != MetricShape.Additive)
        {
            throw new ArgumentException(
                $"{where} is a {target.Kind.ToString().ToLowerInvariant()} target on '{target.Metric}', an average or ratio; use a rate target for it.");
        }

        if (target.MinSample < 0)
        {
            throw new ArgumentException($"{where} has min_sample {target.MinSample}; it must be zero or more.");
        }

        if (target.WindowWorkingDays is <= 0)
        {
            throw new ArgumentException($"{where} has a window of {target.WindowWorkingDays} working days; it must be at least 1.");
        }

        return definition;
    }
}
