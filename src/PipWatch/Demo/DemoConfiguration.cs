using PipWatch.Configuration.Loading;
using PipWatch.Core.Metrics;

namespace PipWatch.Demo;

/// <summary>The demo's own configuration, shipped next to the program in <c>demo-config/</c>.</summary>
public static class DemoConfiguration
{
    public const string FolderName = "demo-config";

    /// <summary>Where the build puts the demo configuration: beside the program's files.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>
    /// Loads the demo configuration, ignoring PIPWATCH__ environment overrides so every demo run is the same.
    /// </summary>
    /// <exception cref="DemoConfigurationException">The folder is missing or something in it is invalid.</exception>
    public static LoadedConfiguration Load(string? directory = null)
    {
        var folder = directory ?? Directory;
        var settingsFile = Path.Combine(folder, ConfigurationLoader.SettingsFileName);
        if (!File.Exists(settingsFile))
        {
            throw new DemoConfigurationException(
                $"The demo configuration is missing: {settingsFile} does not exist. It is copied there by the build " +
                $"from src/PipWatch/Demo/config; rebuild or reinstall pipwatch.");
        }

        LoadedConfiguration loaded;
        try
        {
            loaded = ConfigurationLoader.Load(folder, new Dictionary<string, string?>(StringComparer.Ordinal));
        }
        catch (ConfigurationUnreadableException ex)
        {
            throw new DemoConfigurationException($"The demo configuration in {folder} cannot be read: {ex.Message}.", ex);
        }

        if (!loaded.IsValid)
        {
            var problems = string.Join(Environment.NewLine, loaded.AllProblems.Select(p => "  " + p));
            throw new DemoConfigurationException($"The demo configuration in {folder} has problems:{Environment.NewLine}{problems}");
        }

        if (loaded.Pips.Count == 0)
        {
            throw new DemoConfigurationException($"The demo configuration in {folder} has no plans: {Path.Combine(folder, ConfigurationLoader.PipsFolderName)} is missing or empty.");
        }

        return loaded;
    }

    /// <summary>The generator for a loaded demo configuration.</summary>
    public static DemoDataGenerator CreateGenerator(LoadedConfiguration configuration, ulong seed = DemoDataGenerator.DefaultSeed)
    {
        var settings = configuration.Settings
            ?? throw new DemoConfigurationException($"The demo configuration in {configuration.ConfigDirectory} has no valid settings.");
        return new DemoDataGenerator(DemoOrg.Instance, configuration.Pips, settings.Calendar, new MetricCatalog(settings.Metrics.Values), seed);
    }
}
