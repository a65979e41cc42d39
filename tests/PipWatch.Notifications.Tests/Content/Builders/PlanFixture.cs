using System.Globalization;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Notifications.Charts;
using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Tests.Content.Builders;

/// <summary>
/// One rep's plan, their logged activity and the company calendar, evaluated with the real core at 07:00 local
/// time on a chosen day, the way the worker would, and turned into a <see cref="PlanSnapshot"/>.
/// </summary>
internal sealed class PlanFixture
{
    private readonly List<Target> _targets = [];
    private readonly List<Amendment> _amendments = [];
    private readonly List<DailyMetricValue> _values = [];

    public PlanFixture(string pipId, string repName, string repUserId, string start = "2026-03-02", string end = "2026-05-08", string zone = "America/New_York")
    {
        PipId = pipId;
        Rep = new Person(repName, repUserId);
        Start = Day(start);
        End = Day(end);
        Zone = TimeZoneInfo.FindSystemTimeZoneById(zone);
    }

    public string PipId { get; }

    public Person Rep { get; set; }

    public Person? Manager { get; set; } = new("Dana Whitfield", "005000000000009AAA");

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public TimeZoneInfo Zone { get; }

    public MetricCatalog Catalog { get; set; } = TestMetrics.Catalog;

    public Thresholds Thresholds { get; } = new();

    public CalendarSettings Calendar { get; } = new();

    public string? Decision { get; set; }

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public PlanFixture Weekly(string metric, double goal, bool mustHave = true, Direction direction = Direction.AtLeast) =>
        Add(new Target(metric, metric, GoalKind.Weekly, goal, direction, mustHave));

    public PlanFixture Total(string metric, double goal, bool mustHave = true, Direction direction = Direction.AtLeast) =>
        Add(new Target(metric, metric, GoalKind.Total, goal, direction, mustHave));

    public PlanFixture Rate(string metric, double goal, int minSample = 0, Direction direction = Direction.AtLeast) =>
        Add(new Target(metric, metric, GoalKind.Rate, goal, direction, MustHave: true, minSample));

    public PlanFixture Add(Target target)
    {
        _targets.Add(target);
        return this;
    }

    public PlanFixture Amend(string effective, string reason, string? newEnd = null, GoalChange[]? goals = null)
    {
        _amendments.Add(new Amendment(Day(effective), reason, newEnd is null ? null : Day(newEnd), goals ?? [], [], []));
        return this;
    }

    /// <summary>Logs <paramref name="perDay"/> on every working weekday from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public PlanFixture Log(string metric, string first, string last, double perDay, long? count = null)
    {
        for (var day = Day(first); day <= Day(last); day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day))
            {
                _values.Add(new DailyMetricValue(Rep.SalesforceUserId!, metric, day, perDay, count ?? (long)Math.Max(0, Math.Round(perDay))));
            }
        }

        return this;
    }

    /// <summary>Logs the values in turn, one per working weekday, from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public PlanFixture LogCycle(string metric, string first, string last, params double[] cycle)
    {
        var i = 0;
        for (var day = Day(first); day <= Day(last); day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day))
            {
                var value = cycle[i++ % cycle.Length];
                _values.Add(new DailyMetricValue(Rep.SalesforceUserId!, metric, day, value, (long)Math.Max(0, Math.Round(value))));
            }
        }

        return this;
    }

    public Pip Pip => new(PipId, new RepReference(Rep.SalesforceUserId!), Start, End, _targets, [], _amendments)
    {
        CheckInCadenceWorkingDays = 5,
        Decision = Decision,
    };

    public PreparedPlan Prepare() => PreparedPlan.Create(Pip, Calendar, Zone, Catalog);

    public DateTimeOffset Instant(DateOnly day, int hour = 7) =>
        new(day.ToDateTime(new TimeOnly(hour, 0)), Zone.GetUtcOffset(day.ToDateTime(new TimeOnly(hour, 0))));

    public IReadOnlyDictionary<string, DailySeries> Series(DateTimeOffset? polled = null) =>
        DailySeries.ByMetric(
            _values.Where(v => v.RepUserId == Rep.SalesforceUserId),
            polled is null ? null : Catalog.All.Select(m => m.Name).ToDictionary(m => m, _ => polled.Value));

    /// <summary>Evaluates every day from the start through <paramref name="day"/>, passing state on as the worker does.</summary>
    public (PlanEvaluation Now, PlanEvaluation? Previous) EvaluateOn(DateOnly day, DateTimeOffset? polled = null)
    {
        var plan = Prepare();
        var series = Series(polled);
        PlanEvaluation? previous = null;
        PlanEvaluation? current = null;
        for (var d = Start.AddDays(-1); d <= day; d = d.AddDays(1))
        {
            previous = current;
            current = PlanEvaluator.Evaluate(plan, series, Thresholds, current?.State, Instant(d));
        }

        return (current!, previous);
    }

    public PlanSnapshot Snapshot(string day, DateTimeOffset? polled = null) => Snapshot(Day(day), polled);

    public PlanSnapshot Snapshot(DateOnly day, DateTimeOffset? polled = null)
    {
        var (now, previous) = EvaluateOn(day, polled ?? Instant(day).AddMinutes(-30));
        var series = Series();
        return new PlanSnapshot
        {
            Evaluation = now,
            Previous = previous,
            Rep = Rep,
            Manager = Manager,
            Plan = Prepare(),
            History = [.. now.Targets.Select(t => History(t, series, day))],
        };
    }

    /// <summary>What the worker stores for charts: the running total per day, or for rate targets the running value.</summary>
    private TargetHistory History(TargetEvaluation target, IReadOnlyDictionary<string, DailySeries> series, DateOnly today)
    {
        DailySeries Of(string metric) => series.TryGetValue(metric, out var found) ? found : DailySeries.Empty;
        var definition = Catalog.Get(target.Metric, "test");
        var points = new List<ChartPoint>();
        var last = today < End ? today : End;
        for (var day = target.Start; day <= last; day = day.AddDays(1))
        {
            double? value = definition switch
            {
                RatioMetric ratio => Of(ratio.Denominator).Sum(target.Start, day) is var below and > 0 ? Of(ratio.Numerator).Sum(target.Start, day) / below : null,
                QueryMetric { Aggregate: MetricAggregate.Avg } => Of(target.Metric).Count(target.Start, day) is var count and > 0 ? Of(target.Metric).Sum(target.Start, day) / count : null,
                _ => Of(target.Metric).Sum(target.Start, day),
            };
            if (value is double v)
            {
                points.Add(new ChartPoint(day, v));
            }
        }

        return new TargetHistory(target.TargetId, points);
    }
}
