using PipWatch.Configuration.Problems;

namespace PipWatch.Configuration.Yaml;

/// <summary>
/// A parsed YAML value that remembers where it came from. Environment overrides are grafted onto the same tree,
/// so every later problem can name either the line or the variable.
/// </summary>
internal abstract class ConfigNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>How a wrong-type message describes what was found.</summary>
    public abstract string Describe();
}

/// <summary>A single value; <see cref="Value"/> is null for YAML's null (<c>~</c>, <c>null</c> or nothing at all).</summary>
internal sealed class ScalarNode(string? value, SourceLocation location) : ConfigNode(location)
{
    public string? Value { get; } = value;

    public override string Describe() => Value is null ? "an empty value" : "a single value";
}

internal sealed class SequenceNode(IReadOnlyList<ConfigNode> items, SourceLocation location) : ConfigNode(location)
{
    public IReadOnlyList<ConfigNode> Items { get; } = items;

    public override string Describe() => "a list";
}

internal sealed class MappingNode(SourceLocation location) : ConfigNode(location)
{
    public List<MappingEntry> Entries { get; } = [];

    public override string Describe() => "a section of keys";
}

internal sealed class MappingEntry(string key, SourceLocation keyLocation, ConfigNode value)
{
    public string Key { get; } = key;

    public SourceLocation KeyLocation { get; } = keyLocation;

    public ConfigNode Value { get; set; } = value;

    /// <summary>True when the key itself was introduced by an environment variable rather than written in the file.</summary>
    public bool FromEnvironment => KeyLocation.EnvironmentVariable is not null;

    /// <summary>Problems point at the variable when it set the value, otherwise at the key's line.</summary>
    public SourceLocation Location => Value.Location.EnvironmentVariable is not null ? Value.Location : KeyLocation;
}
