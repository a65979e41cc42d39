using System.Text.RegularExpressions;
using PipWatch.Testing;

namespace PipWatch.Tests.Telemetry;

/// <summary>
/// The README's "Observability" tables, read the way a person reads them, so a metric or span the code emits and the
/// documentation forget (or the other way round) fails a test.
/// </summary>
public static partial class ObservabilityDocs
{
    public sealed record DocumentedMetric(string Name, string Type, IReadOnlyList<string> Labels);

    public sealed record DocumentedSpan(string Name, string? Parent, IReadOnlyList<string> Tags);

    public static IReadOnlyList<DocumentedMetric> Metrics() =>
        [.. Rows("### Metrics", "pipwatch_").Select(cells => new DocumentedMetric(Unquote(cells[0]), cells[1], LabelNames(cells[3])))];

    public static IReadOnlyList<DocumentedSpan> Spans() =>
        [.. Rows("### Traces", "pipwatch.").Select(cells => new DocumentedSpan(Unquote(cells[0]), cells[1] == "—" ? null : Unquote(cells[1]), Quoted(cells[2])))];

    /// <summary>The cells of the table rows under <paramref name="heading"/> whose first cell names a <paramref name="prefix"/> item.</summary>
    private static List<string[]> Rows(string heading, string prefix)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = Array.IndexOf(lines, "## Observability");
        section.ShouldBeGreaterThanOrEqualTo(0, "README.md has no '## Observability' section");
        var start = Array.IndexOf(lines, heading, section);
        start.ShouldBeGreaterThan(section, $"README.md has no '{heading}' under Observability");
        var rows = lines
            .Skip(start + 1)
            .TakeWhile(line => !line.StartsWith('#'))
            .Where(line => line.StartsWith($"| `{prefix}", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .ToList();
        rows.ShouldNotBeEmpty($"no rows in README.md's '{heading}' table");
        return rows;
    }

    private static string Unquote(string cell) => cell.Trim('`');

    /// <summary>A labels cell: "—", or labels separated by ';', each starting with its backquoted name.</summary>
    private static List<string> LabelNames(string cell) =>
        cell == "—" ? [] : [.. cell.Split(';').Select(part => Quoted(part)[0])];

    private static List<string> Quoted(string text) => [.. Backquoted().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backquoted();
}
