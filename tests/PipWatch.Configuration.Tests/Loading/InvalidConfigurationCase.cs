using PipWatch.Configuration.Tests.Infrastructure;

namespace PipWatch.Configuration.Tests.Loading;

/// <summary>One broken configuration: the file to write, and where and how validate must point at the mistake.</summary>
/// <param name="File">Relative to the config directory: pipwatch.yaml or pips/NAME.yaml.</param>
/// <param name="KeyPath">Key path the message must name; empty for a whole-file problem such as a YAML syntax error.</param>
public sealed record InvalidConfigurationCase(string File, string Content, string KeyPath, int Line, string MessageFragment)
{
    public const string PipFile = "pips/case.yaml";

    /// <summary>Lines joined into a YAML text; line numbers in a case count from the first of them.</summary>
    public static string Y(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>Extra sections between the sample's salesforce section and its metrics; <paramref name="line"/> counts within <paramref name="sections"/>.</summary>
    public static InvalidConfigurationCase WithSections(string sections, string keyPath, int line, string fragment) =>
        new("pipwatch.yaml", SampleConfig.Salesforce + sections + SampleConfig.Metrics, keyPath, SampleConfig.SalesforceLines + line, fragment);

    /// <summary>Extra metrics appended to the sample catalogue (indent them two spaces); <paramref name="line"/> counts within <paramref name="metrics"/>.</summary>
    public static InvalidConfigurationCase WithMetric(string metrics, string keyPath, int line, string fragment) =>
        new("pipwatch.yaml", SampleConfig.Settings + metrics, keyPath, SampleConfig.SettingsLines + line, fragment);

    /// <summary>A whole pipwatch.yaml written by the case.</summary>
    public static InvalidConfigurationCase WholeSettings(string content, string keyPath, int line, string fragment) =>
        new("pipwatch.yaml", content, keyPath, line, fragment);

    /// <summary>A PIP file next to the sample's valid plan.</summary>
    public static InvalidConfigurationCase PipCase(string content, string keyPath, int line, string fragment) =>
        new(PipFile, content, keyPath, line, fragment);

    public bool IsPipCase => File.StartsWith("pips/", StringComparison.Ordinal);
}
