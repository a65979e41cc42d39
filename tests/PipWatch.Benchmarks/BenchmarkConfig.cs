using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PipWatch.Benchmarks;

/// <summary>
/// A short job pinned to the first core. It runs in process, so the benchmark never builds a second copy of the
/// projects (and never writes outside the build's own artifacts folder).
/// </summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.ShortRun
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithAffinity(1)
            .WithId("ShortRun-1core"));
        AddDiagnoser(MemoryDiagnoser.Default);
        ArtifactsPath = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
