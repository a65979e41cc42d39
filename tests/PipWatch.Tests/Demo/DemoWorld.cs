using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Milestones;
using PipWatch.Core.Plans;
using PipWatch.Demo;
using PipWatch.Salesforce.Metrics;

namespace PipWatch.Tests.Demo;

/// <summary>
/// The shipped demo configuration with its generator, and the real evaluation core run over it as the pipeline
/// would: the rep's values as an org read at the instant returns them, evaluated at that instant.
/// </summary>
internal sealed class DemoWorld
{
    private static readonly Lazy<DemoWorld> Shared = new(() => new DemoWorld(DemoDataGenerator.DefaultSeed));

    private DemoWorld(ulong seed)
    {
        Configuration = DemoConfiguration.Load();
        Settings = Configuration.Settings!;
        Catalog = new MetricCatalog(Settings.Metrics.Values);
        Generator = DemoConfiguration.CreateGenerator(Configuration, seed);
    }

    public static DemoWorld Instance => Shared.Value;

    public LoadedConfiguration Configuration { get; }

    public PipWatchSettings Settings { get; }

    public MetricCatalog Catalog { get; }

    public DemoDataGenerator Generator { get; }

    public static DemoOrg Org => DemoOrg.Instance;

    public Pip Plan(string pipId) => Configuration.Pips.Single(p => p.Id == pipId);

    public static DemoPerson RepOf(Pip pip) => Org.Match(pip.Rep.Value).ShouldHaveSingleItem();

    public static TimeZoneInfo ZoneOf(Pip pip) => TimeZones.FromIana(RepOf(pip).User.TimeZoneSidKey!);

    /// <summary>An instant given as a local day and time in the rep's zone.</summary>
    public static DateTimeOffset At(Pip pip, DateOnly day, int hour, int minute = 0) =>
        TimeZones.StartOfDay(day, ZoneOf(pip)).AddHours(hour).AddMinutes(minute);

    public PreparedPlan Prepare(Pip pip) => PreparedPlan.Create(pip, Settings.Calendar, ZoneOf(pip), Catalog);

    /// <summary>The query metrics a plan's targets read (a ratio's numerator and denominator for ratio targets).</summary>
    public IReadOnlyList<QueryMetric> MetricsOf(Pip pip) =>
    [
        .. pip.Targets.Concat(pip.Amendments.SelectMany(a => a.AddedTargets))
            .Select(t => Catalog.Get(t.Metric, pip.Id))
            .SelectMany(d => d is RatioMetric r ? new[] { Catalog.Get(r.Numerator, pip.Id), Catalog.Get(r.Denominator, pip.Id) } : [d])
            .OfType<QueryMetric>()
            .DistinctBy(m => m.Name),
    ];

    public IReadOnlyDictionary<string, DailySeries> Series(Pip pip, DateTimeOffset asOf)
    {
        var rep = RepOf(pip);
        var window = new RepWindow(rep.Id, rep.User.TimeZoneSidKey!, new DateRange(pip.Start.AddDays(-7), pip.Start.AddDays(200)));
        return DailySeries.ByMetric(Generator.Generate([window], MetricsOf(pip), asOf));
    }

    public PlanEvaluation Evaluate(Pip pip, DateTimeOffset asOf, EvaluationState? previous = null) =>
        PlanEvaluator.Evaluate(Prepare(pip), Series(pip, asOf), Settings.Thresholds, previous, asOf);

    /// <summary>
    /// What each of the rep's peers (the other reps of the same manager) did on a target's metric in each of the
    /// weeks before the plan started, as the realism check compares them.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> PeerWeeks(Pip pip, Target target, int weeks)
    {
        var definition = Catalog.Get(target.Metric, pip.Id);
        var first = Settings.Calendar.WeekStartOf(pip.Start).AddDays(-7 * weeks);
        var asOf = At(pip, pip.Start, 0);
        var peers = new List<IReadOnlyList<double>>();
        foreach (var peer in Org.PeersOf(RepOf(pip).Id))
        {
            var window = new RepWindow(peer.Id, peer.User.TimeZoneSidKey!, new DateRange(first, first.AddDays((7 * weeks) - 1)));
            var reader = MetricReader.Create(definition, Catalog, DailySeries.ByMetric(Generator.Generate([window], MetricsOf(pip), asOf)));
            var values = new List<double>();
            for (var week = first; week < first.AddDays(7 * weeks); week = week.AddDays(7))
            {
                if (reader.Value(week, week.AddDays(6)) is double value)
                {
                    values.Add(value);
                }
            }

            peers.Add(values);
        }

        return peers;
    }

    /// <summary>
    /// Evaluates the plan every day at a local hour, carrying the state from one evaluation to the next as the
    /// worker does, and collects the milestones as they fire.
    /// </summary>
    public IReadOnlyList<ReplayDay> Replay(Pip pip, DateOnly from, DateOnly to, int hour)
    {
        var prepared = Prepare(pip);
        var fired = new HashSet<string>(StringComparer.Ordinal);
        var days = new List<ReplayDay>();
        EvaluationState? state = null;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var asOf = At(pip, day, hour);
            var evaluation = PlanEvaluator.Evaluate(prepared, Series(pip, asOf), Settings.Thresholds, state, asOf);
            var milestones = MilestoneDetector.Detect(evaluation, fired, Settings.Thresholds);
            foreach (var milestone in milestones)
            {
                fired.Add(milestone.Key);
            }

            days.Add(new ReplayDay(day, evaluation, milestones));
            state = evaluation.State;
        }

        return days;
    }
}

/// <summary>One day of a replay: the evaluation and the milestones that fired with it.</summary>
internal sealed record ReplayDay(DateOnly Day, PlanEvaluation Evaluation, IReadOnlyList<Milestone> Fired);
