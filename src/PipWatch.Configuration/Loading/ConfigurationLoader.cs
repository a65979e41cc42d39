using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Plans;
using PipWatch.Configuration.Problems;
using PipWatch.Configuration.Secrets;
using PipWatch.Configuration.Sections;
using PipWatch.Configuration.Settings;
using PipWatch.Configuration.Yaml;

namespace PipWatch.Configuration.Loading;

/// <summary>
/// Loads <c>&lt;dir&gt;/pipwatch.yaml</c> (with <c>PIPWATCH__Section__Key</c> environment overrides) and
/// <c>&lt;dir&gt;/pips/*.yaml</c>, checks them, and reports every problem with its file, key path and line.
/// </summary>
public static class ConfigurationLoader
{
    public const string SettingsFileName = "pipwatch.yaml";
    public const string PipsFolderName = "pips";

    /// <exception cref="ConfigurationUnreadableException">The directory or pipwatch.yaml cannot be read at all.</exception>
    public static LoadedConfiguration Load(string configDirectory, IReadOnlyDictionary<string, string?> environment) =>
        Load(configDirectory, environment, new ConfigurationLoadOptions());

    /// <exception cref="ConfigurationUnreadableException">The directory or pipwatch.yaml cannot be read at all.</exception>
    public static LoadedConfiguration Load(string configDirectory, IReadOnlyDictionary<string, string?> environment, ConfigurationLoadOptions options)
    {
        if (!Directory.Exists(configDirectory))
        {
            throw new ConfigurationUnreadableException($"the configuration directory {configDirectory} does not exist (use --config DIR or set PIPWATCH_CONFIG)");
        }

        var settingsFile = Path.Combine(configDirectory, SettingsFileName);
        var settingsProblems = new ProblemList();
        var checker = options.CheckSecrets ? new SecretResolver(environment) : null;
        var (settings, metrics) = LoadSettings(settingsFile, environment, new BindingContext(settingsProblems, checker));

        var drafts = LoadPipFiles(Path.Combine(configDirectory, PipsFolderName), metrics);
        CrossPipChecks.Apply(drafts);

        return new LoadedConfiguration(
            configDirectory,
            settingsFile,
            settingsProblems.Count == 0 ? settings : null,
            InLineOrder(settingsProblems.Items),
            [.. drafts.Select(d => new PipFile(d.Path, d.Problems.Count == 0 ? d.Pip : null, InLineOrder(d.Problems.Items)))]);
    }

    private static (PipWatchSettings? Settings, MetricCatalogue Metrics) LoadSettings(
        string file, IReadOnlyDictionary<string, string?> environment, BindingContext context)
    {
        if (!File.Exists(file))
        {
            context.Problems.Add(SourceLocation.InFile(file), "",
                "the file is missing: every installation needs one (start from the pipwatch.yaml shipped in config/)");
            return (null, MetricCatalogue.Unavailable);
        }

        var root = YamlFileReader.Parse(ReadText(file), file, context.Problems);
        if (root is null)
        {
            return (null, MetricCatalogue.Unavailable);
        }

        EnvironmentOverrides.Apply(root, file, environment, context.Problems);
        OpenTelemetryVariables.Apply(root, file, environment);
        return SettingsBinder.Bind(new MappingReader(root, "", context));
    }

    private static List<PipDraft> LoadPipFiles(string folder, MetricCatalogue metrics)
    {
        if (File.Exists(folder))
        {
            throw new ConfigurationUnreadableException($"{folder} is a file; it must be a folder of PIP files");
        }

        if (!Directory.Exists(folder))
        {
            return [];
        }

        IEnumerable<string> files;
        try
        {
            // Names starting with '.' are skipped: a Kubernetes ConfigMap mount keeps its own '..data' entries there.
            files = [.. Directory.EnumerateFiles(folder)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationUnreadableException($"the folder {folder} cannot be read: {ex.Message}", ex);
        }

        var drafts = new List<PipDraft>();
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file);
            if (extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
            {
                var draft = new PipDraft(file);
                draft.Problems.Add(SourceLocation.InFile(file), "", $"not read: PIP files must end in .yaml (rename it to {Path.GetFileNameWithoutExtension(file)}.yaml)");
                drafts.Add(draft);
            }
            else if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase))
            {
                drafts.Add(LoadPipFile(file, metrics));
            }
        }

        return drafts;
    }

    private static PipDraft LoadPipFile(string file, MetricCatalogue metrics)
    {
        var draft = new PipDraft(file);
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // One unreadable plan must not stop the others.
            draft.Problems.Add(SourceLocation.InFile(file), "", $"the file cannot be read: {ex.Message}");
            return draft;
        }

        var root = YamlFileReader.Parse(text, file, draft.Problems);
        if (root is null)
        {
            return draft;
        }

        if (root.Entries.Count == 0)
        {
            draft.Problems.Add(SourceLocation.InFile(file, 1), "", "the file is empty: a PIP file needs id, rep, start, end and targets");
            return draft;
        }

        var reader = new MappingReader(root, "", new BindingContext(draft.Problems, null));
        draft.Pip = PipBinder.Bind(reader, metrics, file);
        draft.IdLocation = reader.LocationOf("id");
        draft.RepLocation = reader.LocationOf("rep");
        return draft;
    }

    /// <summary>Problems in the order of the file's lines, then those from environment variables (stable otherwise).</summary>
    private static List<ConfigurationProblem> InLineOrder(IReadOnlyList<ConfigurationProblem> problems) =>
        [.. problems.OrderBy(p => p.EnvironmentVariable is not null).ThenBy(p => p.Line ?? 0)];

    private static string ReadText(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationUnreadableException($"{file} cannot be read: {ex.Message}", ex);
        }
    }
}
