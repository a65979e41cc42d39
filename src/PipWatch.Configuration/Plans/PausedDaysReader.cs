using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Yaml;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Plans;

/// <summary>Reads <c>paused</c>: single days (<c>2026-11-27</c>) or ranges (<c>{ from: 2026-12-21, to: 2026-12-24 }</c>).</summary>
internal static class PausedDaysReader
{
    public static List<DateRange> Read(MappingReader pip, DateOnly? start, DateOnly? end)
    {
        var ranges = new List<DateRange>();
        foreach (var (node, path) in pip.List("paused") ?? [])
        {
            DateRange? range = node switch
            {
                ScalarNode { Value: { } text } => ScalarParsers.Date(text, out var day, out var error)
                    ? DateRange.OneDay(day)
                    : Fail(pip, node, path, error),
                MappingNode mapping => ReadRange(new MappingReader(mapping, path, pip.Context)),
                _ => Fail(pip, node, path, "a paused entry is a date (2026-11-27) or a range ({ from: 2026-12-21, to: 2026-12-24 })"),
            };

            if (range is not { } r)
            {
                continue;
            }

            if (start is { } s && end is { } e && (r.First < s || r.Last > e))
            {
                pip.Context.Problems.Add(node.Location, path,
                    $"{Describe(r)} is outside the plan ({s:yyyy-MM-dd} to {e:yyyy-MM-dd}); only days within the plan can be paused");
                continue;
            }

            ranges.Add(r);
        }

        return ranges;
    }

    private static DateRange? ReadRange(MappingReader r)
    {
        var from = r.RequiredDate("from", "the first paused day, e.g. from: 2026-12-21");
        var to = r.RequiredDate("to", "the last paused day, e.g. to: 2026-12-24");
        r.Finish();
        if (from is not { } f || to is not { } t)
        {
            return null;
        }

        if (t < f)
        {
            r.Report("to", $"the range ends ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd})");
            return null;
        }

        return new DateRange(f, t);
    }

    private static DateRange? Fail(MappingReader pip, ConfigNode node, string path, string message)
    {
        pip.Context.Problems.Add(node.Location, path, message);
        return null;
    }

    private static string Describe(DateRange range) =>
        range.First == range.Last ? $"{range.First:yyyy-MM-dd}" : $"{range.First:yyyy-MM-dd} to {range.Last:yyyy-MM-dd}";
}
