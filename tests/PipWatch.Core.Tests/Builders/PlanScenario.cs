using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Milestones;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Builders;

/// <summary>
/// A plan, its rep's logged activity and the company calendar, written the way a sales manager would describe them,
/// evaluated at local wall-clock times in the rep's zone.
/// </summary>
internal sealed class PlanScenario(string start, string end, string zone = "America/New_York")
{
    public const string Rep = "005000000000001AAA";

    private readonly List<Target> _targets = [];
    private readonly List<DateRange> _paused = [];
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly List<Amendment> _amendments = [];
    private readonly List<DailyMetricValue> _values = [];

    public TimeZoneInfo Zone { get; } = TimeZones.FromIana(zone);

    public Thresholds Thresholds { get; set; } = new();

    public DayOfWeek WeekStart { get; set; } = DayOfWeek.Monday;

    public DateOnly Start { get; } = D(start);

    public DateOnly End { get; } = D(end);

    public PlanScenario Total(string metric, double goal, Direction direction = Direction.AtLeast, bool mustHave = true, string? id = null) =>
        Add(new Target(id ?? metric, metric, GoalKind.Total, goal, direction, mustHave));

    public PlanScenario Weekly(string metric, double goal, Direction direction = Direction.AtLeast, bool mustHave = true, string? id = null) =>
        Add(new Target(id ?? metric, metric, GoalKind.Weekly, goal, direction, mustHave));

    public PlanScenario Rate(string metric, double goal, int minSample = 0, Direction direction = Direction.AtLeast, bool mustHave = true, int? window = null) =>
        Add(new Target(metric, metric, GoalKind.Rate, goal, direction, mustHave, minSample, window));

    public PlanScenario Add(Target target)
    {
        _targets.Add(target);
        return this;
    }

    public PlanScenario Pause(string first, string last)
    {
        _paused.Add(new DateRange(D(first), D(last)));
        return this;
    }

    public PlanScenario Holiday(string day)
    {
        _holidays.Add(D(day));
        return this;
    }

    public PlanScenario Amend(string effective, string? newEnd = null, GoalChange[]? goals = null, Target[]? add = null, string[]? drop = null)
    {
        _amendments.Add(new Amendment(D(effective), "Agreed at check-in", newEnd is null ? null : D(newEnd), goals ?? [], add ?? [], drop ?? []));
        return this;
    }

    /// <summary>Logs a day's value. Count metrics carry it as the record count; averages need the count given.</summary>
    public PlanScenario Log(string metric, string day, double value, long? count = null)
    {
        _values.Add(new DailyMetricValue(Rep, metric, D(day), value, count ?? (long)Math.Round(value)));
        return this;
    }

    /// <summary>Logs the same value on every company working day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public PlanScenario LogWorkingDays(string metric, string first, string last, double value, long? count = null)
    {
        for (var day = D(first); day <= D(last); day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day))
            {
                _values.Add(new DailyMetricValue(Rep, metric, day, value, count ?? (long)Math.Round(value)));
            }
        }

        return this;
    }

    /// <summary>Logs one value per calendar day from <paramref name="first"/> on.</summary>
    public PlanScenario LogDays(string metric, string first, params double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _values.Add(new DailyMetricValue(Rep, metric, D(first).AddDays(i), values[i], (long)Math.Round(values[i])));
        }

        return this;
    }

    /// <summary>Removes every record of a metric on a day (a correction in Salesforce).</summary>
    public PlanScenario Unlog(string metric, string day)
    {
        _values.RemoveAll(v => v.Metric == metric && v.Day == D(day));
        return this;
    }

    public CalendarSettings Calendar => new() { Holidays = _holidays, WeekStart = WeekStart };

    public Pip Pip => new("pip-jordan", new RepReference(Rep), Start, End, _targets, _paused, _amendments);

    public PreparedPlan Prepare() => PreparedPlan.Create(Pip, Calendar, Zone, TestCatalog.Default);

    public IReadOnlyDictionary<string, DailySeries> Series(DateTimeOffset? dataAsOf = null) =>
        DailySeries.ByMetric(_values, dataAsOf is null ? null : _values.Select(v => v.Metric).Distinct().ToDictionary(m => m, _ => dataAsOf.Value));

    public DateTimeOffset Instant(string localTime) => Local(localTime, Zone);

    /// <summary>Evaluates at a local time in the rep's zone, e.g. "2026-03-05 10:00".</summary>
    public PlanEvaluation At(string localTime, EvaluationState? previous = null) =>
        PlanEvaluator.Evaluate(Prepare(), Series(), Thresholds, previous, Instant(localTime));

    public TargetEvaluation TargetAt(string localTime, string? targetId = null, EvaluationState? previous = null)
    {
        var evaluation = At(localTime, previous);
        return targetId is null ? evaluation.Targets.Single() : evaluation.FindTarget(targetId)!;
    }

    /// <summary>Evaluates every day at the same local time, passing each state to the next day, as the worker does.</summary>
    public IReadOnlyList<PlanEvaluation> EveryDay(string firstDay, string lastDay, string time = "09:00")
    {
        var plan = Prepare();
        var series = Series();
        var results = new List<PlanEvaluation>();
        EvaluationState? state = null;
        for (var day = D(firstDay); day <= D(lastDay); day = day.AddDays(1))
        {
            var evaluation = PlanEvaluator.Evaluate(plan, series, Thresholds, state, Instant($"{day:yyyy-MM-dd} {time}"));
            results.Add(evaluation);
            state = evaluation.State;
        }

        return results;
    }

    /// <summary>Evaluates every day and collects the milestones as the worker would fire them, each key once.</summary>
    public IReadOnlyList<(DateOnly Day, Milestone Milestone)> MilestonesEveryDay(string firstDay, string lastDay, string time = "09:00", HashSet<string>? fired = null)
    {
        fired ??= new HashSet<string>();
        var found = new List<(DateOnly, Milestone)>();
        foreach (var evaluation in EveryDay(firstDay, lastDay, time))
        {
            foreach (var milestone in MilestoneDetector.Detect(evaluation, fired, Thresholds))
            {
                fired.Add(milestone.Key);
                found.Add((evaluation.LocalDay, milestone));
            }
        }

        return found;
    }

    public RelapseReport RelapseAt(string localTime) => RelapseWatch.Check(Prepare(), Series(), Thresholds, Instant(localTime));
}
