using System.Collections.Concurrent;
using PipWatch.Core.Metrics;
using PipWatch.Core.Settings;

namespace PipWatch.Demo;

/// <summary>
/// How many records a rep logs in a metric family on a day, and what each record is worth. Daily counts come from a
/// running total of the expected records (with daily and weekly noise), rounded as it grows: a rep who books 1.1
/// meetings a day books 5 or 6 a week, never 0 one week and 12 the next, so a plan's story is not drowned by luck.
/// </summary>
internal sealed class DemoActivity(ulong seed, CalendarSettings calendar, Dictionary<string, MetricFamily> families, Dictionary<string, List<StoryPlan>> plansByRep)
{
    /// <summary>Running totals cover these days; outside them each day is rounded on its own.</summary>
    private static readonly DateOnly Epoch = new(2026, 1, 1);
    private static readonly DateOnly Horizon = new(2027, 12, 31);

    private const double WeekendShare = 0.03;
    private const double DayNoise = 0.4;
    private const double WeekNoise = 0.2;
    private const int AccountsPerRep = 40;

    private readonly ConcurrentDictionary<string, (double[] Totals, double Phase)> _running = new(StringComparer.Ordinal);

    public DemoNoise Noise(DemoPerson person, MetricFamily family) => new(seed, person.Id[..15], family.Key);

    /// <summary>The plan that shapes a rep's day: the latest one started by then, else the first one to come.</summary>
    public StoryPlan? PlanOn(DemoPerson person, DateOnly day) =>
        plansByRep.TryGetValue(person.Id[..15], out var plans) ? plans.LastOrDefault(p => p.Start <= day) ?? plans[0] : null;

    public int RecordCount(DemoPerson person, MetricFamily family, DateOnly day)
    {
        var noise = Noise(person, family);
        var share = ShareOf(PlanOn(person, day), day);
        if (share < 1 || day < Epoch || day > Horizon)
        {
            // Weekend records are extra, rounded on their own, so they never pull a weekday's record onto a Saturday.
            return share == 0 ? 0 : (int)Math.Floor((share * NoisyMean(person, family, day, noise)) + noise.Unit(day, 2));
        }

        // Whole records between two points of the running total of working days, offset by a phase.
        var (running, phase) = _running.GetOrAdd($"{person.Id[..15]}|{family.Key}", _ => RunningTotal(person, family, noise));
        var i = day.DayNumber - Epoch.DayNumber;
        var before = i == 0 ? 0 : running[i - 1];
        return (int)(Math.Floor(running[i] + phase) - Math.Floor(before + phase));
    }

    /// <summary>The sum of the first <paramref name="count"/> records' values (amounts or scores) of a sum or average metric.</summary>
    public double RecordValues(DemoPerson person, QueryMetric metric, DateOnly day, int count)
    {
        var family = families[metric.Name];
        var noise = Noise(person, family);
        var plan = PlanOn(person, day);
        var typical = DemoMetricProfiles.For(metric.Name).Value(person.Role);

        // Values are drawn per field, so two metrics over the same field of the same records agree.
        var salt = DemoNoise.SaltOf(metric.Field ?? "");
        var sum = 0.0;
        if (metric.Aggregate == MetricAggregate.Avg)
        {
            var mean = plan is not null && plan.Drivers.TryGetValue(family.Key, out var driver) && driver.Kind == DriverKind.Quality
                ? driver.Base * driver.Curve.At(plan.Progress(day))
                : typical * (1 + (0.35 * (person.Level - 1)));
            for (var i = 0; i < count; i++)
            {
                sum += Math.Round(Math.Clamp(mean + (24 * (noise.Unit(day, salt, i) - 0.5)), 0, 100));
            }

            return sum;
        }

        for (var i = 0; i < count; i++)
        {
            // Amounts within 30 % of the typical deal, rounded to 100 as people type them.
            sum += Math.Max(100, Math.Round(typical * (0.7 + (0.6 * noise.Unit(day, salt, i))) / 100) * 100);
        }

        return sum;
    }

    /// <summary>Distinct accounts among the first <paramref name="count"/> records of a count-distinct metric.</summary>
    public int DistinctAccounts(DemoPerson person, MetricFamily family, DateOnly day, int count)
    {
        var noise = Noise(person, family);
        var seen = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            seen.Add((int)(noise.Unit(day, 3, i) * AccountsPerRep));
        }

        return seen.Count;
    }

    private (double[] Totals, double Phase) RunningTotal(DemoPerson person, MetricFamily family, DemoNoise noise)
    {
        var totals = new double[Horizon.DayNumber - Epoch.DayNumber + 1];
        var sum = 0.0;
        for (var i = 0; i < totals.Length; i++)
        {
            var day = Epoch.AddDays(i);
            sum += ShareOf(PlanOn(person, day), day) == 1 ? NoisyMean(person, family, day, noise) : 0;
            totals[i] = sum;
        }

        // A plan starts half-way between two records, so its first days are neither lucky nor unlucky: with one
        // deal every three days, a random phase could leave a rep on a winning story off track in week one.
        var phase = noise.Unit(Epoch, 4);
        if (plansByRep.TryGetValue(person.Id[..15], out var plans) && plans[0].Start > Epoch && plans[0].Start <= Horizon)
        {
            var carried = totals[plans[0].Start.DayNumber - Epoch.DayNumber - 1];
            phase = 0.5 - (carried - Math.Floor(carried));
            phase -= Math.Floor(phase);
        }

        return (totals, phase);
    }

    /// <summary>How much of a working day's activity a day sees: all on working days, a little on weekends, none on holidays or paused days.</summary>
    private double ShareOf(StoryPlan? plan, DateOnly day) =>
        plan is not null && plan.IsPaused(day) ? 0
            : calendar.IsWorkingDay(day) ? 1
            : calendar.Holidays.Contains(day) ? 0
            : WeekendShare;

    /// <summary>A working day's expected records with the day's and the week's noise.</summary>
    private double NoisyMean(DemoPerson person, MetricFamily family, DateOnly day, DemoNoise noise)
    {
        var week = calendar.WeekStartOf(day);
        var dayFactor = 1 - (DayNoise / 2) + (DayNoise * noise.Unit(day, 1));
        var weekFactor = 1 - (WeekNoise / 2) + (WeekNoise * noise.Unit(week, 5));
        return MeanRecords(person, PlanOn(person, day), family, day) * dayFactor * weekFactor;
    }

    /// <summary>Records expected on a working day before noise: the plan's story where a target drives the family, else the rep's level.</summary>
    private double MeanRecords(DemoPerson person, StoryPlan? plan, MetricFamily family, DateOnly day)
    {
        if (plan is not null && plan.Drivers.TryGetValue(family.Key, out var driver) && driver.Kind != DriverKind.Quality)
        {
            var level = driver.Curve.At(plan.Progress(day));
            if (driver.Kind == DriverKind.Records)
            {
                return driver.Base * level;
            }

            var denominator = driver.Denominator!;
            var records = MeanRecords(person, plan, families[denominator.Name], day);
            var value = denominator.Aggregate == MetricAggregate.Sum ? records * DemoMetricProfiles.For(denominator.Name).Value(person.Role) : records;
            return value * driver.Base * level / driver.ValuePerRecord;
        }

        return family.RateProfile.RecordsPerDay(person.Role) * person.Level;
    }
}
