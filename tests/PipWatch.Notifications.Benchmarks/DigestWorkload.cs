using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Notifications.Charts;
using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Benchmarks;

/// <summary>
/// Plans evaluated once with the real core, then grouped three to a manager: what the digest job would have in
/// hand on a morning in the middle of the plans. Seeded, so every run renders the same emails.
/// </summary>
internal sealed class DigestWorkload
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly DateOnly Start = new(2026, 3, 2);
    private static readonly DateOnly End = new(2026, 5, 29);
    private static readonly DateOnly Today = new(2026, 4, 14);

    private static readonly MetricCatalog Catalog = new(
    [
        Count("calls", "Calls"),
        Count("meetings_held", "Meetings held"),
        Count("emails", "Emails sent"),
        new QueryMetric("pipeline", "Pipeline created", MetricUnit.Currency, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Sum, "Amount", null),
    ]);

    private readonly List<PlanSnapshot> _plans = [];

    public DigestWorkload(int distinctPlans, int seed = 20260414)
    {
        var random = new Random(seed);
        for (var i = 0; i < distinctPlans; i++)
        {
            _plans.Add(Build(i, random));
        }
    }

    public DateTimeOffset AsOf { get; } = new(Today.ToDateTime(new TimeOnly(7, 30)), Zone.GetUtcOffset(Today.ToDateTime(new TimeOnly(7, 30))));

    public int TargetCount => _plans.Sum(p => p.Evaluation.Targets.Count);

    /// <summary>The digest of manager <paramref name="index"/>: three consecutive plans of the pool.</summary>
    public NotificationRequest Digest(int index) => new()
    {
        Kind = NotificationKind.ManagerDigest,
        IdempotencyKey = $"manager_digest:manager-{index}:{Today:yyyy-MM-dd}",
        To = [new Recipient($"Manager {index}", $"manager{index}@example.com", index % 4 == 0 ? "de_DE" : "en_US", "America/Chicago")],
        DataAsOf = AsOf,
        Plans = [.. Enumerable.Range(0, 3).Select(r => _plans[((index * 3) + r) % _plans.Count])],
        CurrencyCode = "USD",
    };

    private PlanSnapshot Build(int index, Random random)
    {
        var repId = $"005{index:D12}AAA";
        var targets = new List<Target> { new("calls", "calls", GoalKind.Weekly, 60), new("pipeline", "pipeline", GoalKind.Total, 200_000) };
        if (index % 2 == 0)
        {
            targets.Add(new Target("meetings_held", "meetings_held", GoalKind.Weekly, 8, MustHave: false));
        }

        var pip = new Pip($"pip-{index}", new RepReference(repId), Start, End, targets, [], []);
        var prepared = PreparedPlan.Create(pip, new CalendarSettings(), Zone, Catalog);
        var effort = 0.6 + (random.NextDouble() * 0.6);
        var values = new List<DailyMetricValue>();
        for (var day = Start; day <= Today; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var calls = Math.Round(12 * effort * (0.7 + (random.NextDouble() * 0.6)));
            values.Add(new DailyMetricValue(repId, "calls", day, calls, (long)calls));
            values.Add(new DailyMetricValue(repId, "meetings_held", day, random.Next(0, 4), 1));
            values.Add(new DailyMetricValue(repId, "pipeline", day, Math.Round(3_000 * effort * random.NextDouble() * 2), 1));
        }

        var series = DailySeries.ByMetric(values, Catalog.All.ToDictionary(m => m.Name, _ => AsOf.AddMinutes(-20)));
        var thresholds = new Thresholds();
        var yesterday = PlanEvaluator.Evaluate(prepared, series, thresholds, null, AsOf.AddDays(-1));
        var now = PlanEvaluator.Evaluate(prepared, series, thresholds, yesterday.State, AsOf);
        return new PlanSnapshot
        {
            Evaluation = now,
            Previous = yesterday,
            Rep = new Person($"Rep {index}", repId),
            Manager = new Person("Manager", "005999999999999AAA"),
            Plan = prepared,
            History = [.. now.Targets.Select(t => History(t, series))],
        };
    }

    private static TargetHistory History(TargetEvaluation target, IReadOnlyDictionary<string, DailySeries> series)
    {
        var values = series[target.Metric];
        var points = new List<ChartPoint>();
        for (var day = target.Start; day <= Today; day = day.AddDays(1))
        {
            points.Add(new ChartPoint(day, values.Sum(target.Start, day)));
        }

        return new TargetHistory(target.TargetId, points);
    }

    private static QueryMetric Count(string name, string label) =>
        new(name, label, MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, null);
}
