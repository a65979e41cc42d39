using BenchmarkDotNet.Attributes;
using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Milestones;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Benchmarks;

/// <summary>
/// One evaluation cycle of a large organisation: 10,000 plans of 90 days, each with 6 targets (two totals, two
/// weeklies, a ratio and an average) over 90 days of daily values for 7 metrics. Data is built once in setup.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    public const int PlanCount = 10_000;
    private const int Days = 90;

    private static readonly string[] Zones = ["America/New_York", "America/Los_Angeles", "Australia/Sydney", "Europe/London"];

    private readonly Thresholds _thresholds = new();
    private readonly CalendarSettings _calendar = new() { Holidays = new HashSet<DateOnly> { new(2026, 4, 3), new(2026, 5, 25) } };
    private readonly MetricCatalog _catalog = new(
    [
        Count("calls"), Count("emails"), Count("meetings_booked"), Count("meetings_held"), Count("opps_created"),
        new QueryMetric("pipeline", "Pipeline", MetricUnit.Currency, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Sum, "Amount", null),
        new QueryMetric("call_score", "Call score", MetricUnit.Score, "Review__c", "OwnerId", "Date__c", DateFieldKind.Date, MetricAggregate.Avg, "Score__c", null),
        new RatioMetric("conversion", "Conversion", MetricUnit.Percent, "opps_created", "meetings_held"),
    ]);

    private Pip[] _pips = [];
    private PreparedPlan[] _plans = [];
    private IReadOnlyDictionary<string, DailySeries>[] _series = [];
    private EvaluationState[] _previous = [];
    private DateTimeOffset _asOf;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260302);
        var start = new DateOnly(2026, 3, 2);
        _asOf = new DateTimeOffset(2026, 5, 1, 16, 0, 0, TimeSpan.Zero); // day 60 of the plans
        _pips = new Pip[PlanCount];
        _plans = new PreparedPlan[PlanCount];
        _series = new IReadOnlyDictionary<string, DailySeries>[PlanCount];
        _previous = new EvaluationState[PlanCount];
        for (var i = 0; i < PlanCount; i++)
        {
            var rep = $"005{i:D15}";
            var first = start.AddDays(random.Next(0, 7));
            var paused = i % 5 == 0 ? new[] { new DateRange(first.AddDays(20), first.AddDays(24)) } : [];
            _pips[i] = new Pip(
                $"pip-{i}",
                new RepReference(rep),
                first,
                first.AddDays(Days - 1),
                [
                    new Target("calls", "calls", GoalKind.Total, 1000 + random.Next(0, 400)),
                    new Target("pipeline", "pipeline", GoalKind.Total, 250_000),
                    new Target("emails", "emails", GoalKind.Weekly, 60),
                    new Target("meetings_booked", "meetings_booked", GoalKind.Weekly, 8),
                    new Target("conversion", "conversion", GoalKind.Rate, 0.25, MinSample: 10),
                    new Target("call_score", "call_score", GoalKind.Rate, 70, MinSample: 5, WindowWorkingDays: 10),
                ],
                paused,
                []);
            var zone = TimeZones.FromIana(Zones[i % Zones.Length]);
            _plans[i] = PreparedPlan.Create(_pips[i], _calendar, zone, _catalog);
            _series[i] = DailySeries.ByMetric(Values(rep, first, random), null);
            _previous[i] = PlanEvaluator.Evaluate(_plans[i], _series[i], _thresholds, null, _asOf.AddDays(-1)).State;
        }
    }

    /// <summary>Evaluates every plan (the worker's cycle once plans are prepared and cached).</summary>
    [Benchmark(Baseline = true)]
    public int EvaluateAll()
    {
        var behind = 0;
        for (var i = 0; i < _plans.Length; i++)
        {
            var evaluation = PlanEvaluator.Evaluate(_plans[i], _series[i], _thresholds, _previous[i], _asOf);
            behind += evaluation.Status.IsBehind() ? 1 : 0;
        }

        return behind;
    }

    /// <summary>Evaluates every plan and looks for new milestones, as the worker does each cycle.</summary>
    [Benchmark]
    public int EvaluateAndDetectMilestones()
    {
        var fired = new HashSet<string>();
        var found = 0;
        for (var i = 0; i < _plans.Length; i++)
        {
            var evaluation = PlanEvaluator.Evaluate(_plans[i], _series[i], _thresholds, _previous[i], _asOf);
            found += MilestoneDetector.Detect(evaluation, fired, _thresholds).Count;
        }

        return found;
    }

    /// <summary>Prepares (checks, applies amendments, builds the calendar) and evaluates every plan from scratch.</summary>
    [Benchmark]
    public int PrepareAndEvaluateAll()
    {
        var behind = 0;
        for (var i = 0; i < _pips.Length; i++)
        {
            var plan = PreparedPlan.Create(_pips[i], _calendar, _plans[i].Zone, _catalog);
            behind += PlanEvaluator.Evaluate(plan, _series[i], _thresholds, _previous[i], _asOf).Status.IsBehind() ? 1 : 0;
        }

        return behind;
    }

    private static List<DailyMetricValue> Values(string rep, DateOnly first, Random random)
    {
        var values = new List<DailyMetricValue>(Days * 7);
        for (var d = 0; d < Days; d++)
        {
            var day = first.AddDays(d);
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var scale = weekend ? 0.1 : 1.0;
            values.Add(Counted(rep, "calls", day, (int)(random.Next(5, 25) * scale)));
            values.Add(Counted(rep, "emails", day, (int)(random.Next(5, 20) * scale)));
            values.Add(Counted(rep, "meetings_booked", day, (int)(random.Next(0, 4) * scale)));
            values.Add(Counted(rep, "meetings_held", day, (int)(random.Next(0, 3) * scale)));
            values.Add(Counted(rep, "opps_created", day, random.Next(0, 2)));
            values.Add(new DailyMetricValue(rep, "pipeline", day, random.Next(0, 8000), 1));
            var reviewed = random.Next(0, 3);
            values.Add(new DailyMetricValue(rep, "call_score", day, reviewed * random.Next(50, 90), reviewed));
        }

        return values;
    }

    private static DailyMetricValue Counted(string rep, string metric, DateOnly day, int count) => new(rep, metric, day, count, count);

    private static QueryMetric Count(string name) =>
        new(name, name, MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, null);
}
