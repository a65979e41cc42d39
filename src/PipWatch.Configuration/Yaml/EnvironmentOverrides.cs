using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Problems;

namespace PipWatch.Configuration.Yaml;

/// <summary>
/// Grafts <c>PIPWATCH__Section__Key=value</c> variables onto the parsed <c>pipwatch.yaml</c> before binding, so an
/// override is checked exactly like a value in the file and its problems name the variable.
/// </summary>
internal static class EnvironmentOverrides
{
    public const string Prefix = "PIPWATCH__";

    public static void Apply(MappingNode root, string file, IReadOnlyDictionary<string, string?> environment, ProblemList problems)
    {
        var overrides = environment
            .Where(pair => pair.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && pair.Value is not null)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal);

        foreach (var (variable, value) in overrides)
        {
            var segments = variable[Prefix.Length..].Split("__");
            var location = SourceLocation.FromEnvironment(file, variable);
            if (segments.Any(s => s.Length == 0))
            {
                problems.Add(location, "", "this override's name is malformed: write PIPWATCH__Section__Key, e.g. PIPWATCH__Thresholds__AtRiskPace");
                continue;
            }

            Graft(root, segments, value!, location, problems);
        }
    }

    private static void Graft(MappingNode root, string[] segments, string value, SourceLocation location, ProblemList problems)
    {
        var mapping = root;
        var path = "";
        for (var i = 0; i < segments.Length; i++)
        {
            var entry = mapping.Entries.FirstOrDefault(e => KeyNames.Normalize(e.Key) == KeyNames.Normalize(segments[i]));
            if (entry is null)
            {
                entry = new MappingEntry(KeyNames.ToSnakeCase(segments[i]), location, new ScalarNode(null, location));
                mapping.Entries.Add(entry);
            }

            path = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
            if (i == segments.Length - 1)
            {
                // An empty variable clears the key, so the built-in default applies (e.g. no SMTP section: pickup folder).
                entry.Value = new ScalarNode(value.Length == 0 ? null : value, location);
                return;
            }

            switch (entry.Value)
            {
                case MappingNode child:
                    mapping = child;
                    break;
                case ScalarNode { Value: null }:
                    var created = new MappingNode(location);
                    entry.Value = created;
                    mapping = created;
                    break;
                default:
                    problems.Add(location, path, $"{path} is {entry.Value.Describe()}, not a section, so it has no key '{KeyNames.ToSnakeCase(segments[i + 1])}'");
                    return;
            }
        }
    }
}
