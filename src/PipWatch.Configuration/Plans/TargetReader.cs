using System.Globalization;
using System.Text.RegularExpressions;
using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Sections;
using PipWatch.Configuration.Yaml;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Plans;

/// <summary>Reads targets (in <c>targets</c> and in an amendment's <c>add_targets</c>) and their goals.</summary>
internal static partial class TargetReader
{
    private static readonly string[] s_rateOnlyKeys = ["min_sample", "window_working_days"];
    private static readonly (string Key, GoalKind Kind)[] s_kinds = [("weekly", GoalKind.Weekly), ("total", GoalKind.Total), ("rate", GoalKind.Rate)];

    /// <summary>Reads a list of targets; the ones with problems are left out (and reported).</summary>
    public static List<Target> ReadList(MappingReader owner, string key, MetricCatalogue metrics, IEnumerable<string> existingIds)
    {
        var targets = new List<Target>();
        var ids = new HashSet<string>(existingIds, StringComparer.OrdinalIgnoreCase);
        foreach (var (node, path) in owner.List(key) ?? [])
        {
            if (node is not MappingNode mapping)
            {
                owner.Context.Problems.Add(node.Location, path, $"a target is a section of keys (metric, weekly/total/rate, ...), but found {node.Describe()}");
                continue;
            }

            var reader = new MappingReader(mapping, path, owner.Context);
            var target = Read(reader, metrics);
            if (target is null)
            {
                continue;
            }

            if (!ids.Add(target.Id))
            {
                reader.Report(reader.Has("id") ? "id" : "metric",
                    $"the plan already has a target '{target.Id}': give this one its own id (e.g. id: {target.Id}_2)");
                continue;
            }

            targets.Add(target);
        }

        return targets;
    }

    private static Target? Read(MappingReader t, MetricCatalogue metrics)
    {
        var before = t.Context.Problems.Count;
        var metric = t.RequiredString("metric", "the metric this target measures, e.g. metric: calls");
        var definition = LookUpMetric(t, metric, metrics);
        var id = t.Read("id", metric, ScalarParsers.String, v => TargetId().IsMatch(v), "is not a target id: use letters, digits, '-' and '_'");

        var given = s_kinds.Where(k => t.Has(k.Key)).ToList();
        if (given.Count == 0)
        {
            t.ReportHere("the target has no goal: add weekly: N, total: N or rate: N");
        }
        else if (given.Count > 1)
        {
            t.Report(given[1].Key, $"a target has one goal: choose one of {string.Join(", ", given.Select(k => k.Key))}");
        }

        var (kindKey, kind) = given.Count > 0 ? given[0] : ("weekly", GoalKind.Weekly);
        var goal = given.Count > 0 ? ReadGoal(t, kindKey, kind, definition, metric) : 0;
        var direction = t.Read("direction", Direction.AtLeast, ScalarParsers.Choice);
        var mustHave = t.Bool("must_have", true);
        var minSample = t.Int("min_sample", 0, 0, 100_000);
        var window = t.Has("window_working_days") ? t.Int("window_working_days", 20, 1, 260) : (int?)null;

        foreach (var key in s_rateOnlyKeys.Where(k => kind != GoalKind.Rate && t.Has(k)))
        {
            t.Report(key, $"{key} applies to rate targets only");
        }

        if (definition is not null && given.Count > 0)
        {
            if (kind == GoalKind.Rate && !definition.IsQuotient)
            {
                t.Report(kindKey, $"'{metric}' is a {Describe(definition)}, which adds up over time: use weekly or total; rate goals are for averages and ratios");
            }
            else if (kind != GoalKind.Rate && definition.IsQuotient)
            {
                t.Report(kindKey, $"'{metric}' is {Describe(definition)}, which cannot be added up over days: use rate");
            }
        }

        t.Finish();
        return t.Context.Problems.Count > before ? null : new Target(id, metric, kind, goal, direction, mustHave, minSample, window);
    }

    /// <summary>
    /// Reads a goal: a positive number, or a percentage (<c>25%</c> or <c>0.25</c>) for percent metrics.
    /// Returns 0 after reporting a problem.
    /// </summary>
    public static double ReadGoal(MappingReader r, string key, GoalKind kind, MetricDefinition? definition, string metric)
    {
        var text = r.String(key);
        if (text is null)
        {
            return 0;
        }

        var percent = text.EndsWith('%');
        if (!double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            r.Report(key, ScalarParsers.NotANumber(text) + (definition?.Unit == MetricUnit.Percent ? " (a percent goal is written 25% or 0.25)" : ""));
            return 0;
        }

        var goal = percent ? number / 100 : number;
        if (goal <= 0)
        {
            r.Report(key, kind == GoalKind.Weekly
                ? $"a weekly goal must be above zero, not {text}: drop the target if there is nothing to reach"
                : $"a goal must be above zero, not {text}");
            return 0;
        }

        if (percent && definition is not null && definition.Unit != MetricUnit.Percent)
        {
            r.Report(key, $"'{metric}' is not a percent metric, so its goal is a plain number, not {text}");
            return 0;
        }

        if (!percent && definition?.Unit == MetricUnit.Percent && goal > 1)
        {
            r.Report(key, $"'{metric}' is a percentage and {text} would mean {goal * 100:0.##}%: write {text}% or {(goal / 100).ToString(CultureInfo.InvariantCulture)}");
            return 0;
        }

        return goal;
    }

    private static MetricDefinition? LookUpMetric(MappingReader t, string metric, MetricCatalogue metrics)
    {
        if (metric.Length == 0 || !metrics.Complete || metrics.Declared.Contains(metric))
        {
            // A metric that is declared but invalid is reported against pipwatch.yaml, not here.
            return metrics.Definitions.GetValueOrDefault(metric);
        }

        var closest = KeyNames.Closest(metric, metrics.Declared);
        t.Report("metric", $"there is no metric '{metric}' in pipwatch.yaml's metrics: " + (closest is not null
            ? $"did you mean '{closest}'?"
            : $"known metrics are {string.Join(", ", metrics.Declared.Order(StringComparer.Ordinal))}"));
        return null;
    }

    private static string Describe(MetricDefinition definition) => definition switch
    {
        RatioMetric => "a ratio",
        QueryMetric { Aggregate: MetricAggregate.Avg } => "an average",
        QueryMetric { Aggregate: MetricAggregate.Sum } => "sum metric",
        _ => "count metric",
    };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex TargetId();
}
