using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Problems;

namespace PipWatch.Configuration.Yaml;

/// <summary>
/// The standard OpenTelemetry variables fill the telemetry keys that pipwatch.yaml and PIPWATCH__ overrides leave
/// unset, so a collector address injected by the platform works without editing the file. Their values are checked
/// like any other, and a problem names the variable.
/// </summary>
internal static class OpenTelemetryVariables
{
    public const string Section = "telemetry";

    private static readonly (string Variable, string Key)[] s_keys =
    [
        ("OTEL_EXPORTER_OTLP_ENDPOINT", "otlp_endpoint"),
        ("OTEL_EXPORTER_OTLP_PROTOCOL", "otlp_protocol"),
        ("OTEL_SERVICE_NAME", "service_name"),
    ];

    public static void Apply(MappingNode root, string file, IReadOnlyDictionary<string, string?> environment)
    {
        foreach (var (variable, key) in s_keys)
        {
            if (!environment.TryGetValue(variable, out var value) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var location = SourceLocation.FromEnvironment(file, variable);
            if (TelemetrySection(root, location) is not { } section)
            {
                continue;
            }

            var entry = Find(section, key);
            if (entry is null)
            {
                section.Entries.Add(new MappingEntry(key, location, new ScalarNode(value.Trim(), location)));
            }
            else if (entry.Value is ScalarNode { Value: null })
            {
                entry.Value = new ScalarNode(value.Trim(), location);
            }
        }
    }

    /// <summary>The telemetry section, created when absent; null when it is something else (binding reports that).</summary>
    private static MappingNode? TelemetrySection(MappingNode root, SourceLocation location)
    {
        var entry = Find(root, Section);
        if (entry is null)
        {
            var created = new MappingNode(location);
            root.Entries.Add(new MappingEntry(Section, location, created));
            return created;
        }

        if (entry.Value is ScalarNode { Value: null })
        {
            var created = new MappingNode(location);
            entry.Value = created;
            return created;
        }

        return entry.Value as MappingNode;
    }

    private static MappingEntry? Find(MappingNode mapping, string key) =>
        mapping.Entries.FirstOrDefault(e => KeyNames.Normalize(e.Key) == KeyNames.Normalize(key));
}
