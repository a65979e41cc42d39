using PipWatch.Configuration.Loading;

namespace PipWatch.Pipeline;

/// <summary>pipwatch.yaml is invalid: nothing can run until it is fixed. The message lists every problem.</summary>
public sealed class InvalidConfigurationException(LoadedConfiguration loaded)
    : Exception("The configuration is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, loaded.AllProblems))
{
    public LoadedConfiguration Loaded { get; } = loaded;
}
