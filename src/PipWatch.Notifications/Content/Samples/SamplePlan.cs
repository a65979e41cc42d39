using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Notifications.Charts;
using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Content.Samples;

/// <summary>
/// A realistic plan evaluated by the real core, for the sample models template validation renders: a weekly call
/// goal, a total pipeline goal and an optional email goal, with a rep who started slowly and is catching up.
/// </summary>
internal static class SamplePlan
{
    public const string RepId = "005000000000001AAA";

    public static readonly DateOnly Start = new(2026, 3, 2);

    public static readonly DateOnly End = new(2026, 5, 8);

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static readonly MetricCatalog Catalog = new(
    [
        new QueryMetric("calls", "Calls", MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, "TaskSubtype = 'Call'"),
        new QueryMetric("emails", "Emails sent", MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.Count, null, "TaskSubtype = 'Email'"),
        new QueryMetric("pipeline", "Pipeline created", MetricUnit.Currency, "Opportunity", "OwnerId", "CreatedDate", DateFieldKind.DateTime, MetricAggregate.Sum, "Amount", null),
    ]);

    private static readonly Pip Pip = new(
        "2026-03-jordan-alvarez",
        new RepReference(RepId),
        Start,
        End,
        [
            new Target("calls", "calls", GoalKind.Weekly, 60),
            new Target("pipeline", "pipeline", GoalKind.Total, 150_000),
            new Target("emails", "emails", GoalKind.Weekly, 80, MustHave: false),
        ],
        [],
        [new Amendment(new DateOnly(2026, 3, 23), "Territory reassigned; the call goal was agreed down for two weeks at the check-in.", null, [new GoalChange("calls", 55)], [], [])])
    {
        CheckInCadenceWorkingDays = 5,
        Watchers = ["hr.partner@example.com"],
    };

    public static PreparedPlan Prepared { get; } = PreparedPlan.Create(Pip, new CalendarSettings(), Zone, Catalog);

    public static IReadOnlyDictionary<string, DailySeries> Series { get; } = BuildSeries();

    public static Person Rep { get; } = new("Jordan Alvarez", RepId);

    public static Person Manager { get; } = new("Dana Whitfield", "005000000000002AAA");

    /// <summary>The plan evaluated at 07:00 on a local day, after the previous day's evaluation.</summary>
    public static (PlanEvaluation Now, PlanEvaluation? Previous) At(DateOnly day)
    {
        var previous = day > Start ? Evaluate(day.AddDays(-1), null) : null;
        return (Evaluate(day, previous?.State), previous);
    }

    public static PlanSnapshot Snapshot(DateOnly day)
    {
        var (now, previous) = At(day);
        return new PlanSnapshot
        {
            Evaluation = now,
            Previous = previous,
            Rep = Rep,
            Manager = Manager,
            Plan = Prepared,
            History = [.. now.Targets.Select(t => History(t.TargetId, t.Start, day))],
        };
    }

    public static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(new TimeOnly(7, 0)), Zone.GetUtcOffset(day.ToDateTime(new TimeOnly(7, 0))));

    private static PlanEvaluation Evaluate(DateOnly day, EvaluationState? previous) =>
        PlanEvaluator.Evaluate(Prepared, Series, new Thresholds(), previous, Instant(day));

    private static TargetHistory History(string targetId, DateOnly from, DateOnly today)
    {
        var metric = Pip.Targets.First(t => t.Id == targetId).Metric;
        var series = Series[metric];
        var points = new List<ChartPoint>();
        for (var day = from; day <= today; day = day.AddDays(1))
        {
            points.Add(new ChartPoint(day, series.Sum(from, day)));
        }

        return new TargetHistory(targetId, points);
    }

    /// <summary>A slow first fortnight, then steady improvement; weekends quiet.</summary>
    private static Dictionary<string, DailySeries> BuildSeries()
    {
        var values = new List<DailyMetricValue>();
        var index = 0;
        for (var day = Start; day <= End.AddDays(56); day = day.AddDays(1), index++)
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var ramp = Math.Min(1.0, 0.6 + (index * 0.012));
            var wobble = ((index * 7) % 5) - 2;
            values.Add(new DailyMetricValue(RepId, "calls", day, Math.Round((12 * ramp) + wobble), (long)Math.Round((12 * ramp) + wobble)));
            values.Add(new DailyMetricValue(RepId, "emails", day, 14 + wobble, 14 + wobble));
            if (index % 3 == 0)
            {
                values.Add(new DailyMetricValue(RepId, "pipeline", day, 6_500 * ramp, 1));
            }
        }

        return values.GroupBy(v => v.Metric).ToDictionary(g => g.Key, g => DailySeries.Create(g, Instant(End.AddDays(60))));
    }
}
