using PipWatch.Configuration.Problems;
using PipWatch.Configuration.Yaml;

namespace PipWatch.Configuration.Binding;

/// <summary>
/// Reads the keys of one YAML section. Every key a caller asks for becomes known; <see cref="Finish"/> then reports
/// the keys nobody asked for as typos, with the closest known key as a suggestion.
/// </summary>
/// <param name="location">Where problems about the section as a whole point: its key's line rather than its first child's.</param>
internal sealed class MappingReader(MappingNode node, string path, BindingContext context, SourceLocation? location = null)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<MappingEntry> _used = [];

    public string Path { get; } = path;

    public BindingContext Context { get; } = context;

    public SourceLocation Location { get; } = location ?? node.Location;

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public MappingEntry? Entry(string key)
    {
        _known.Add(key);
        var entry = node.Entries.FirstOrDefault(e => e.Key == key)
            ?? node.Entries.FirstOrDefault(e => e.FromEnvironment && KeyNames.Normalize(e.Key) == KeyNames.Normalize(key));
        if (entry is not null)
        {
            _used.Add(entry);
        }

        return entry;
    }

    /// <summary>True when the key is present with a value (an empty value counts as absent).</summary>
    public bool Has(string key) => Entry(key) is { Value: not ScalarNode { Value: null } };

    public SourceLocation LocationOf(string key) => Entry(key)?.Location ?? Location;

    public void Report(string key, string message) => Context.Problems.Add(LocationOf(key), PathOf(key), message);

    /// <summary>A problem with this section as a whole (e.g. a list item), placed at its first line.</summary>
    public void ReportHere(string message) => Context.Problems.Add(Location, Path, message);

    public void ReportMissing(string key, string hint) =>
        Context.Problems.Add(Location, PathOf(key), $"this required key is missing: {hint}");

    /// <summary>All entries of a section whose keys are names chosen by ops (metrics, peer groups, goals).</summary>
    public IReadOnlyList<MappingEntry> Entries()
    {
        foreach (var entry in node.Entries)
        {
            _used.Add(entry);
        }

        return node.Entries;
    }

    public T Read<T>(string key, T fallback, ScalarParser<T> parse) =>
        TryRead(key, parse, out var value, out _) ? value : fallback;

    /// <summary>Reads a value and checks it; a value that fails the check is reported and the fallback kept.</summary>
    public T Read<T>(string key, T fallback, ScalarParser<T> parse, Func<T, bool> valid, string rule)
    {
        if (!TryRead(key, parse, out var value, out var text))
        {
            return fallback;
        }

        if (valid(value))
        {
            return value;
        }

        Report(key, $"{ScalarParsers.Quote(text)} {rule}");
        return fallback;
    }

    private bool TryRead<T>(string key, ScalarParser<T> parse, out T value, out string text)
    {
        (value, text) = (default!, "");
        var entry = Entry(key);
        if (entry is null || entry.Value is ScalarNode { Value: null })
        {
            return false;
        }

        if (entry.Value is not ScalarNode { Value: { } found })
        {
            Report(key, $"expected a single value here, but found {entry.Value.Describe()}");
            return false;
        }

        text = found;
        if (!parse(found, out value, out var error))
        {
            Report(key, error);
            return false;
        }

        return true;
    }

    public string? String(string key) => Read<string?>(key, null, ScalarParsers.OptionalString);

    public string RequiredString(string key, string hint)
    {
        var value = String(key);
        if (value is null && !Has(key))
        {
            ReportMissing(key, hint);
        }

        return value ?? "";
    }

    public DateOnly? RequiredDate(string key, string hint)
    {
        var value = Read<DateOnly?>(key, null, ScalarParsers.OptionalDate);
        if (!Has(key))
        {
            ReportMissing(key, hint);
        }

        return value;
    }

    public int Int(string key, int fallback, int min, int max) =>
        Read(key, fallback, ScalarParsers.Int, v => v >= min && v <= max, $"is out of range: use a whole number from {min} to {max}");

    public bool Bool(string key, bool fallback) => Read(key, fallback, ScalarParsers.Bool);

    public TimeSpan Duration(string key, TimeSpan fallback, TimeSpan min, TimeSpan max) =>
        Read(key, fallback, ScalarParsers.Duration, v => v >= min && v <= max, $"is out of range: use from {Describe(min)} to {Describe(max)}");

    /// <summary>A section under this one; a missing section reads as an empty one, so its defaults apply.</summary>
    public MappingReader Section(string key) => OptionalSection(key) ?? new MappingReader(new MappingNode(LocationOf(key)), PathOf(key), Context);

    public MappingReader? OptionalSection(string key)
    {
        var entry = Entry(key);
        switch (entry?.Value)
        {
            case null or ScalarNode { Value: null }:
                return null;
            case MappingNode mapping:
                return new MappingReader(mapping, PathOf(key), Context, location: entry.Location);
            default:
                Report(key, $"expected a section with keys under it, but found {entry.Value.Describe()}");
                return null;
        }
    }

    /// <summary>
    /// The items of a list, each with its key path (counting from 1). An environment override writes a list as
    /// comma-separated values. Null when the key is absent.
    /// </summary>
    public IReadOnlyList<(ConfigNode Node, string Path)>? List(string key)
    {
        var entry = Entry(key);
        switch (entry?.Value)
        {
            case null or ScalarNode { Value: null }:
                return null;
            case SequenceNode sequence:
                return [.. sequence.Items.Select((item, i) => (item, $"{PathOf(key)}[{i + 1}]"))];
            case ScalarNode { Value: { } text, Location.EnvironmentVariable: not null } scalar:
                return [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select((item, i) => ((ConfigNode)new ScalarNode(item, scalar.Location), $"{PathOf(key)}[{i + 1}]"))];
            default:
                Report(key, $"expected a list (one '- item' per line, or [a, b]), but found {entry.Value.Describe()}");
                return null;
        }
    }

    /// <summary>Reports every key nobody asked for: usually a typo, so the closest known key is suggested.</summary>
    public void Finish()
    {
        foreach (var entry in node.Entries.Where(e => !_used.Contains(e)))
        {
            var closest = KeyNames.Closest(entry.Key, _known);
            var hint = closest is not null
                ? $"did you mean '{closest}'?"
                : $"the keys allowed here are: {string.Join(", ", _known.Order(StringComparer.Ordinal))}";
            Context.Problems.Add(entry.Location, PathOf(entry.Key), $"unknown key '{entry.Key}': {hint}");
        }
    }

    /// <summary>Reads one list item as text, reporting anything that is not a single value.</summary>
    public static string? ItemText(ConfigNode item, string itemPath, ProblemList problems)
    {
        if (item is ScalarNode { Value: { } text })
        {
            return text;
        }

        problems.Add(item.Location, itemPath, $"expected a single value here, but found {item.Describe()}");
        return null;
    }

    public static string Describe(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays == Math.Floor(span.TotalDays) => $"{span.TotalDays}d",
        { TotalHours: >= 1 } when span.TotalHours == Math.Floor(span.TotalHours) => $"{span.TotalHours}h",
        { TotalMinutes: >= 1 } when span.TotalMinutes == Math.Floor(span.TotalMinutes) => $"{span.TotalMinutes}m",
        { TotalSeconds: >= 1 } when span.TotalSeconds == Math.Floor(span.TotalSeconds) => $"{span.TotalSeconds}s",
        _ => $"{span.TotalMilliseconds}ms",
    };
}
