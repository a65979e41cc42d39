using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Plans;

namespace PipWatch.Pipeline;

/// <summary>
/// The configuration the worker runs on, re-read at the start of every cycle so that ops can add or amend a PIP file
/// without a restart. A pipwatch.yaml that turns invalid while running keeps the last good settings (and says so);
/// an invalid PIP file is skipped while the others go on.
/// </summary>
public sealed partial class ConfigurationSource(
    string directory, IReadOnlyDictionary<string, string?> environment, ILogger<ConfigurationSource> logger)
{
    private readonly Lock _gate = new();
    private PipWatchSettings? _lastGoodSettings;
    private (string Fingerprint, PipWatchSettings Settings, IReadOnlyList<Pip> Pips)? _cached;

    public string Directory => directory;

    /// <summary>Loads once; throws <see cref="InvalidConfigurationException"/> when pipwatch.yaml is invalid.</summary>
    public static LoadedConfiguration LoadValid(string directory, IReadOnlyDictionary<string, string?> environment)
    {
        var loaded = ConfigurationLoader.Load(directory, environment);
        return loaded.Settings is null ? throw new InvalidConfigurationException(loaded) : loaded;
    }

    /// <summary>The settings and the valid plans as they are on disk now.</summary>
    public (PipWatchSettings Settings, IReadOnlyList<Pip> Pips) Current()
    {
        // Every job asks, every few minutes; the files are parsed again only when one of them changed.
        var fingerprint = Fingerprint();
        lock (_gate)
        {
            if (_cached is { } cached && cached.Fingerprint == fingerprint)
            {
                return (cached.Settings, cached.Pips);
            }
        }

        var loaded = ConfigurationLoader.Load(directory, environment);
        foreach (var problem in loaded.AllProblems)
        {
            Log.Problem(logger, problem.ToString());
        }

        lock (_gate)
        {
            if (loaded.Settings is { } settings)
            {
                _lastGoodSettings = settings;
                _cached = (fingerprint, settings, loaded.Pips);
                return (settings, loaded.Pips);
            }

            if (_lastGoodSettings is { } previous)
            {
                Log.KeepingLastGoodSettings(logger, directory);
                return (previous, loaded.Pips);
            }
        }

        throw new InvalidConfigurationException(loaded);
    }

    /// <summary>Names, sizes and write times of pipwatch.yaml and the plan files: any edit, addition or removal changes it.</summary>
    private string Fingerprint()
    {
        var files = new List<string> { Path.Combine(directory, ConfigurationLoader.SettingsFileName) };
        var pips = Path.Combine(directory, ConfigurationLoader.PipsFolderName);
        if (System.IO.Directory.Exists(pips))
        {
            files.AddRange(System.IO.Directory.EnumerateFiles(pips).Order(StringComparer.Ordinal));
        }

        return string.Join('|', files.Select(f => new FileInfo(f)).Select(f => f.Exists ? $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}" : f.FullName));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Configuration problem: {Problem}")]
        public static partial void Problem(ILogger logger, string problem);

        [LoggerMessage(2, LogLevel.Error, "pipwatch.yaml in {Directory} is invalid; keeping the last valid settings until it is fixed")]
        public static partial void KeepingLastGoodSettings(ILogger logger, string directory);
    }
}
