using PipWatch.Core.Calendar;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Salesforce.Metrics;

namespace PipWatch.Demo;

/// <summary>
/// The demo org's activity: daily values per (rep, metric, local day) that follow each plan's story around its
/// goals, and team-typical figures for everyone else (the peers of the realism check). Every figure depends only on
/// the seed, the plans and the day asked for, never on what was asked before, so runs repeat exactly and days can be
/// read in any order.
/// </summary>
/// <remarks>
/// A day is a set of records (calls, meetings, opportunities with amounts, scored calls with scores). Working days
/// follow the story or the rep's level with daily and weekly noise; weekends see the odd record, holidays and paused
/// days none. Seen from an instant, days after the rep's local today do not exist yet and today holds the records
/// logged so far, spread evenly over the working hours.
/// </remarks>
public sealed class DemoDataGenerator
{
    public const ulong DefaultSeed = 20_260_831;

    private static readonly TimeSpan WorkdayStart = TimeSpan.FromHours(9);
    private static readonly TimeSpan WorkdayLength = TimeSpan.FromHours(8);

    private readonly DemoOrg _org;
    private readonly Dictionary<string, MetricFamily> _families;
    private readonly DemoActivity _activity;

    /// <param name="pips">The demo plans: each rep on a plan follows the plan's story (see <see cref="DemoStories"/>).</param>
    /// <param name="seed">Another seed gives other noise around the same stories.</param>
    public DemoDataGenerator(DemoOrg org, IReadOnlyList<Pip> pips, CalendarSettings calendar, MetricCatalog metrics, ulong seed = DefaultSeed)
    {
        _org = org;
        _families = MetricFamily.Build(metrics);
        _activity = new DemoActivity(seed, calendar, _families, StoryPlanBuilder.Build(org, pips, calendar, metrics, _families));
    }

    /// <summary>The share of a day's records logged by a local time: none before 09:00, all by 17:00, evenly between.</summary>
    public static double DayFraction(TimeSpan localTimeOfDay) =>
        Math.Clamp((localTimeOfDay - WorkdayStart) / WorkdayLength, 0, 1);

    /// <summary>
    /// What an org read at <paramref name="asOf"/> returns for the windows: only days with records, nothing after
    /// each rep's local today, and today only as far as it has got. Windows of the same rep are merged; reps the
    /// org does not know have no records. Ratio metrics are not read (they are computed from their parts).
    /// </summary>
    public IReadOnlyList<DailyMetricValue> Generate(IEnumerable<RepWindow> reps, IEnumerable<MetricDefinition> metrics, DateTimeOffset asOf)
    {
        var queryMetrics = metrics.OfType<QueryMetric>().DistinctBy(m => m.Name).ToList();
        var values = new List<DailyMetricValue>();
        foreach (var window in Merge(reps))
        {
            var zone = TimeZones.FromIana(window.TimeZoneId);
            var local = TimeZoneInfo.ConvertTime(asOf, zone);
            var today = DateOnly.FromDateTime(local.DateTime);
            var fraction = DayFraction(local.TimeOfDay);
            var last = window.Days.Last < today ? window.Days.Last : today;
            for (var day = window.Days.First; day <= last; day = day.AddDays(1))
            {
                foreach (var metric in queryMetrics)
                {
                    if (ValueOn(window.UserId, metric, day, day == today ? fraction : 1) is { } value)
                    {
                        values.Add(value);
                    }
                }
            }
        }

        return values;
    }

    /// <summary>
    /// One rep's value of one query metric on one local day, once <paramref name="dayFraction"/> of the day's records
    /// are in (1 = the whole day); null when there is no record (or the rep is not in the demo org).
    /// </summary>
    public DailyMetricValue? ValueOn(string repUserId, QueryMetric metric, DateOnly day, double dayFraction = 1)
    {
        if (_org.FindById(repUserId) is not { IsRep: true } person || !_families.TryGetValue(metric.Name, out var family))
        {
            return null;
        }

        var records = _activity.RecordCount(person, family, day);
        var logged = dayFraction >= 1 ? records : (int)Math.Floor((records * Math.Clamp(dayFraction, 0, 1)) + 0.5);
        if (logged == 0)
        {
            return null;
        }

        var sum = metric.Aggregate switch
        {
            MetricAggregate.Sum or MetricAggregate.Avg => _activity.RecordValues(person, metric, day, logged),
            MetricAggregate.CountDistinct => _activity.DistinctAccounts(person, family, day, logged),
            _ => logged,
        };
        return new DailyMetricValue(repUserId, metric.Name, day, sum, logged);
    }

    private static IEnumerable<RepWindow> Merge(IEnumerable<RepWindow> reps)
    {
        var merged = new Dictionary<string, RepWindow>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var rep in reps)
        {
            if (!SalesforceId.IsValid(rep.UserId))
            {
                throw new ArgumentException($"Rep user Id '{rep.UserId}' is not a Salesforce Id.", nameof(reps));
            }

            var key = rep.UserId[..15];
            if (merged.TryGetValue(key, out var known))
            {
                var first = known.Days.First < rep.Days.First ? known.Days.First : rep.Days.First;
                var last = known.Days.Last > rep.Days.Last ? known.Days.Last : rep.Days.Last;
                merged[key] = known with { Days = new DateRange(first, last) };
            }
            else
            {
                merged[key] = rep;
                order.Add(key);
            }
        }

        return order.Select(k => merged[k]);
    }
}
