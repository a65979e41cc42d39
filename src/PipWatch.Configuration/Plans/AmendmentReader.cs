using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Sections;
using PipWatch.Configuration.Yaml;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Plans;

/// <summary>
/// Reads a plan's amendments and replays them in date order, so each one is checked against the plan as it stood
/// on its effective date (its end date and the targets then in force).
/// </summary>
internal static class AmendmentReader
{
    public static (List<Amendment> Amendments, DateOnly? FinalEnd) Read(
        MappingReader pip, DateOnly? start, DateOnly? end, IReadOnlyList<Target> targets, MetricCatalogue metrics)
    {
        var read = new List<(MappingReader Reader, DateOnly Effective)>();
        foreach (var (node, path) in pip.List("amendments") ?? [])
        {
            if (node is not MappingNode mapping)
            {
                pip.Context.Problems.Add(node.Location, path, $"an amendment is a section of keys (effective, reason, end, goals, ...), but found {node.Describe()}");
                continue;
            }

            var reader = new MappingReader(mapping, path, pip.Context);
            if (reader.RequiredDate("effective", "the day the change applies from, e.g. effective: 2026-11-16") is { } effective)
            {
                read.Add((reader, effective));
            }
            else
            {
                reader.Entries();
            }
        }

        var inForce = targets.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        var currentEnd = end;
        var amendments = new List<Amendment>();
        foreach (var (reader, effective) in read.OrderBy(a => a.Effective))
        {
            var before = reader.Context.Problems.Count;
            var amendment = Replay(reader, effective, start, ref currentEnd, inForce, metrics);
            if (reader.Context.Problems.Count == before)
            {
                amendments.Add(amendment);
            }
        }

        return (amendments, currentEnd);
    }

    private static Amendment Replay(
        MappingReader a, DateOnly effective, DateOnly? start, ref DateOnly? currentEnd, Dictionary<string, Target> inForce, MetricCatalogue metrics)
    {
        var reason = a.RequiredString("reason", "why the plan changes, in a sentence the rep and HR can read");
        if (a.Has("reason") && reason.Trim().Length == 0)
        {
            a.Report("reason", "the reason must not be blank");
        }

        if (start is { } s && effective < s)
        {
            a.Report("effective", $"the amendment takes effect on {effective:yyyy-MM-dd}, before the plan starts ({s:yyyy-MM-dd})");
        }
        else if (currentEnd is { } e && effective > e)
        {
            a.Report("effective", $"the amendment takes effect on {effective:yyyy-MM-dd}, after the plan has ended ({e:yyyy-MM-dd}); to extend a plan, date the amendment on or before its end");
        }

        var newEnd = a.Read<DateOnly?>("end", null, ScalarParsers.OptionalDate);
        if (newEnd is { } n)
        {
            if (n < effective)
            {
                a.Report("end", $"the new end date ({n:yyyy-MM-dd}) is before the amendment takes effect ({effective:yyyy-MM-dd})");
            }
            else
            {
                currentEnd = n;
            }
        }

        var changes = ReadGoalChanges(a, inForce, metrics);
        var dropped = ReadDrops(a, inForce);
        var added = TargetReader.ReadList(a, "add_targets", metrics, inForce.Keys);
        foreach (var target in added)
        {
            inForce[target.Id] = target;
        }

        if (newEnd is null && changes.Count == 0 && dropped.Count == 0 && !a.Has("add_targets") && !a.Has("goals") && !a.Has("drop_targets"))
        {
            a.ReportHere("the amendment changes nothing: give a new end, goals, add_targets or drop_targets");
        }
        else if (inForce.Count == 0)
        {
            a.ReportHere("after this amendment the plan has no targets left");
        }

        a.Finish();
        return new Amendment(effective, reason, newEnd, changes, added, dropped);
    }

    private static List<GoalChange> ReadGoalChanges(MappingReader a, Dictionary<string, Target> inForce, MetricCatalogue metrics)
    {
        var changes = new List<GoalChange>();
        if (a.OptionalSection("goals") is not { } goals)
        {
            return changes;
        }

        foreach (var entry in goals.Entries())
        {
            if (!inForce.TryGetValue(entry.Key, out var target))
            {
                goals.Report(entry.Key, UnknownTarget(entry.Key, inForce));
                continue;
            }

            var goal = TargetReader.ReadGoal(goals, entry.Key, target.Kind, metrics.Definitions.GetValueOrDefault(target.Metric), target.Metric);
            if (goal > 0)
            {
                changes.Add(new GoalChange(target.Id, goal));
                inForce[target.Id] = target with { Goal = goal };
            }
        }

        return changes;
    }

    private static List<string> ReadDrops(MappingReader a, Dictionary<string, Target> inForce)
    {
        var dropped = new List<string>();
        foreach (var (node, path) in a.List("drop_targets") ?? [])
        {
            if (MappingReader.ItemText(node, path, a.Context.Problems) is not { } id)
            {
                continue;
            }

            if (inForce.Remove(id, out var target))
            {
                dropped.Add(target.Id);
            }
            else
            {
                a.Context.Problems.Add(node.Location, path, UnknownTarget(id, inForce));
            }
        }

        return dropped;
    }

    private static string UnknownTarget(string id, Dictionary<string, Target> inForce)
    {
        var closest = KeyNames.Closest(id, inForce.Keys);
        return $"the plan has no target '{id}' at this point: " + (closest is not null
            ? $"did you mean '{closest}'?"
            : $"its targets are {string.Join(", ", inForce.Keys.Order(StringComparer.Ordinal))}");
    }
}
