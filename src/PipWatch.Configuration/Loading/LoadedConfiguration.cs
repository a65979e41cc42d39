using PipWatch.Configuration.Problems;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Loading;

/// <summary>
/// Everything under the configuration directory, checked. Problems in <c>pipwatch.yaml</c> are fatal (nothing may
/// run: <see cref="Settings"/> is null); a PIP file with problems is skipped while the valid plans go on.
/// </summary>
public sealed record LoadedConfiguration(
    string ConfigDirectory,
    string SettingsFile,
    PipWatchSettings? Settings,
    IReadOnlyList<ConfigurationProblem> SettingsProblems,
    IReadOnlyList<PipFile> PipFiles)
{
    public bool SettingsValid => Settings is not null && SettingsProblems.Count == 0;

    /// <summary>True when nothing at all is wrong: validate exits 0 only then.</summary>
    public bool IsValid => SettingsValid && PipFiles.All(f => f.IsValid);

    /// <summary>The plans to run, from the valid PIP files only, in file-name order.</summary>
    public IReadOnlyList<Pip> Pips => [.. PipFiles.Where(f => f.IsValid).Select(f => f.Pip!)];

    public int ValidPipFileCount => PipFiles.Count(f => f.IsValid);

    public int InvalidPipFileCount => PipFiles.Count(f => !f.IsValid);

    /// <summary>Settings problems first, then each PIP file's, in file-name order.</summary>
    public IEnumerable<ConfigurationProblem> AllProblems => SettingsProblems.Concat(PipFiles.SelectMany(f => f.Problems));
}
