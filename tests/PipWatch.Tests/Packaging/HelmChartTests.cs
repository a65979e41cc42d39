using System.Text.RegularExpressions;
using PipWatch.Configuration.Loading;
using PipWatch.Testing;
using YamlDotNet.RepresentationModel;

namespace PipWatch.Tests.Packaging;

/// <summary>
/// There is no helm binary on our machines, so the chart is checked here: its plain YAML parses, every value a
/// template reads is declared (and documented) in values.yaml, and the configuration it would mount is valid.
/// </summary>
public sealed partial class HelmChartTests
{
    private static readonly string ChartDirectory = Path.Combine(RepositoryPaths.Root, "charts", "pipwatch");

    [Theory]
    [InlineData("Chart.yaml")]
    [InlineData("values.yaml")]
    public void Chart_Yaml_Files_Parse(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(ChartDirectory, file));

        stream.Load(reader);

        stream.Documents.ShouldHaveSingleItem().RootNode.ShouldBeOfType<YamlMappingNode>().Children.ShouldNotBeEmpty();
    }

    [Fact]
    public void Every_Values_Path_Used_In_Templates_Exists_In_Values_Yaml()
    {
        // Arrange
        var values = LoadValues();
        var used = Directory.GetFiles(Path.Combine(ChartDirectory, "templates"))
            .SelectMany(file => ValuesPath().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Path: m.Groups[1].Value)))
            .Distinct()
            .ToList();

        // Act
        var missing = used.Where(u => !Exists(values, u.Path.Split('.', StringSplitOptions.RemoveEmptyEntries))).Select(u => $"{u.File}: .Values{u.Path}").ToList();

        // Assert
        used.Count.ShouldBeGreaterThan(20);
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_Top_Level_Value_Is_Documented()
    {
        var lines = File.ReadAllLines(Path.Combine(ChartDirectory, "values.yaml"));

        var undocumented = lines
            .Select((line, i) => (line, i))
            .Where(x => TopLevelKey().IsMatch(x.line) && (x.i == 0 || !lines[x.i - 1].TrimStart().StartsWith('#')))
            .Select(x => x.line)
            .ToList();

        undocumented.ShouldBeEmpty();
    }

    [Fact]
    public void Configuration_The_Chart_Mounts_Is_Valid()
    {
        // Arrange: write what the ConfigMaps would hold (toYaml of the values) into a config directory.
        var config = (YamlMappingNode)LoadValues()["config"];
        using var directory = new TempDirectory();
        Save(config["pipwatch"], Path.Combine(directory.Path, "pipwatch.yaml"));
        Directory.CreateDirectory(Path.Combine(directory.Path, "pips"));
        foreach (var (name, pip) in ((YamlMappingNode)config["pips"]).Children)
        {
            Save(pip, Path.Combine(directory.Path, "pips", ((YamlScalarNode)name).Value!));
        }

        // Act
        var loaded = ConfigurationLoader.Load(directory.Path, new Dictionary<string, string?>());

        // Assert
        loaded.AllProblems.Select(p => p.ToString()).ShouldBeEmpty();
        loaded.SettingsValid.ShouldBeTrue();
    }

    [Fact]
    public void More_Than_One_Replica_Without_PostgreSql_Is_Refused()
    {
        var helpers = File.ReadAllText(Path.Combine(ChartDirectory, "templates", "_helpers.tpl"));
        var deployment = File.ReadAllText(Path.Combine(ChartDirectory, "templates", "deployment.yaml"));

        helpers.ShouldContain("gt (int .Values.replicaCount) 1");
        helpers.ShouldContain("(not .Values.database.existingSecret)");
        helpers.ShouldContain("fail \"replicaCount > 1 needs PostgreSQL");
        deployment.ShouldStartWith("{{- include \"pipwatch.validate\" . -}}");
    }

    private static YamlMappingNode LoadValues()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(ChartDirectory, "values.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static bool Exists(YamlNode node, IEnumerable<string> path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return false;
            }

            node = child;
        }

        return true;
    }

    /// <summary>Writes a node as its own document, keeping scalar styles, as helm's toYaml would.</summary>
    private static void Save(YamlNode node, string path)
    {
        using var writer = new StreamWriter(path);
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
    }

    [GeneratedRegex(@"\.Values((?:\.[A-Za-z][A-Za-z0-9_]*)+)")]
    private static partial Regex ValuesPath();

    [GeneratedRegex(@"^[a-zA-Z][A-Za-z0-9]*:")]
    private static partial Regex TopLevelKey();
}
