// Renders manager digests with charts, the heaviest email PipWatch sends, and reports time and peak memory.
// Usage (from the repository root; pin to two cores to match production):
//   taskset -c 0,1 dotnet run -c Release --project tests/PipWatch.Notifications.Benchmarks [-- 1000 [parallelism]]
// Parallelism defaults to the processor count; 1 renders one digest at a time.
using System.Diagnostics;
using System.Globalization;
using PipWatch.Notifications.Benchmarks;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Templates;

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var parallelism = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.ProcessorCount;

var setup = Stopwatch.StartNew();
var workload = new DigestWorkload(distinctPlans: 60);
var composer = new EmailComposer(TemplateCatalog.Defaults);

// One warm-up digest: template parsing, the chart font and the JIT are paid once per process, not per email.
composer.Compose(workload.Digest(0));
setup.Stop();

var baseline = Process.GetCurrentProcess().WorkingSet64;
long images = 0, htmlBytes = 0, textBytes = 0, pngBytes = 0;
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var clock = Stopwatch.StartNew();
Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
{
    var email = composer.Compose(workload.Digest(i));
    Interlocked.Add(ref images, email.Images.Count);
    Interlocked.Add(ref htmlBytes, email.Html.Length);
    Interlocked.Add(ref textBytes, email.Text.Length);
    Interlocked.Add(ref pngBytes, email.Images.Sum(image => (long)image.Png.Length));
});
clock.Stop();

var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine($"Digests rendered:     {count:N0} (3 reps each, 2-3 targets per rep, {parallelism} in parallel on {Environment.ProcessorCount} logical cores)");
Console.WriteLine($"Charts (sparklines):  {images:N0}, {pngBytes / 1024.0 / 1024.0:N1} MB of PNG");
Console.WriteLine($"HTML / text:          {htmlBytes / 1024.0 / count:N1} KB / {textBytes / 1024.0 / count:N1} KB per digest");
Console.WriteLine($"Setup and warm-up:    {setup.Elapsed.TotalSeconds:N2} s (60 plans evaluated, templates parsed, one digest)");
Console.WriteLine($"Wall time:            {clock.Elapsed.TotalSeconds:N2} s ({clock.Elapsed.TotalMilliseconds / count:N1} ms per digest)");
Console.WriteLine($"Allocated:            {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0:N0} MB in total");
Console.WriteLine($"Peak working set:     {process.PeakWorkingSet64 / 1024.0 / 1024.0:N0} MB (after warm-up: {baseline / 1024.0 / 1024.0:N0} MB)");
Console.WriteLine($"Goal:                 under 20 s and under 400 MB: {(clock.Elapsed.TotalSeconds < 20 && process.PeakWorkingSet64 < 400L * 1024 * 1024 ? "met" : "NOT met")}");
