// Run from the repository root (the filter picks the benchmarks; the job is short and pinned to one core):
//   dotnet run -c Release --project tests/PipWatch.Benchmarks -- --filter '*'
using BenchmarkDotNet.Running;
using PipWatch.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args, new BenchmarkConfig());
