using System.Globalization;
using System.Text.RegularExpressions;

namespace PipWatch.Tests.Telemetry;

/// <summary>The samples of a Prometheus text exposition: one per line that is not a comment.</summary>
public sealed partial class PrometheusText(string text)
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public string Text { get; } = text;

    public IReadOnlyList<Sample> Samples { get; } = Parse(text);

    public IEnumerable<Sample> Named(string name) => Samples.Where(s => s.Name == name);

    /// <summary>The sum of the samples named <paramref name="name"/> that carry every given label value.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) =>
        Named(name).Where(s => labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).Sum(s => s.Value);

    private static List<Sample> Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var match = SampleLine().Match(line);
            match.Success.ShouldBeTrue($"not a Prometheus sample: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
            samples.Add(new Sample(match.Groups["name"].Value, labels, Number(match.Groups["value"].Value)));
        }

        return samples;
    }

    private static double Number(string value) => value switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+-?\d+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
