using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PipWatch.Commands;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Evaluation;
using PipWatch.Hosting;
using PipWatch.Notifications.Delivery;
using PipWatch.Pipeline;
using PipWatch.Sources;
using PipWatch.Storage.Migrations;

namespace PipWatch.Demo;

/// <summary>
/// <c>pipwatch demo</c>: replays the demo org's plans day by day through the production pipeline (poll, evaluate,
/// plan, outbox, delivery) on a simulated clock and an embedded database, writing every email to a folder.
/// </summary>
public sealed class DemoRunner(TextWriter output, bool interactive)
{
    /// <summary>
    /// How often the simulated worker plans and delivers; polls run every other step. Every local send window (08:00
    /// to 20:00, or to midnight for lifecycle notes) holds several steps in any zone, so nothing is missed.
    /// </summary>
    public static readonly TimeSpan Step = TimeSpan.FromHours(3);

    public async Task<DemoResult> RunAsync(string outputFolder, int? maxDays, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var folder = Path.GetFullPath(outputFolder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            // Only ever empty a folder an earlier demo wrote: a mistyped --out must not wipe someone's files.
            if (!File.Exists(Path.Combine(folder, "index.html")) && !File.Exists(Path.Combine(folder, "pipwatch-demo.db")))
            {
                throw new DemoFolderException($"{folder} is not empty and does not look like an earlier demo's output; choose another --out folder.");
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var loaded = DemoConfiguration.Load();
        var settings = loaded.Settings! with
        {
            Storage = new StorageSettings { SqlitePath = Path.Combine(folder, "pipwatch-demo.db") },
            Email = loaded.Settings!.Email with { Smtp = null, PickupFolder = folder },
        };

        var first = loaded.Pips.Min(p => p.Start).AddDays(-1);
        var last = loaded.Pips.Max(p => p.Amendments.Select(a => a.NewEndDate ?? p.End).Append(p.End).Max()).AddDays(10);
        if (maxDays is { } limit && first.AddDays(limit) < last)
        {
            last = first.AddDays(limit);
        }

        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(last.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var clock = new FixedClock(start);
        var mailbox = new DemoMailbox(folder, clock);
        var environment = new Dictionary<string, string?>();
        await using var services = CommandServices.Build(
            settings,
            DemoConfiguration.Directory,
            environment,
            clock,
            addSource: s =>
            {
                s.AddSingleton<IOrgSource>(new DemoOrgSource(clock));
                s.TryAddSingleton<IMailSender>(mailbox);
            });
        await services.GetRequiredService<StorageMigrator>().PrepareForWorkerAsync(cancellationToken);
        var cycle = services.GetRequiredService<Cycle>();

        var totalSteps = (int)((end - start) / Step);
        var progress = new ReplayProgress(output, interactive);
        var step = 0;
        for (var now = start; now <= end; now += Step, step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.Set(now);
            if (step % 2 == 0)
            {
                await cycle.PollAndEvaluateAsync(cancellationToken);
            }

            await cycle.PlanAsync(cancellationToken);
            await cycle.DeliverAsync(cancellationToken);
            await progress.ReportAsync(step, totalSteps, now, string.Create(CultureInfo.InvariantCulture, $"{mailbox.Delivered.Count} emails"));
        }

        var finalStatus = await cycle.StatusAsync(cancellationToken);
        await DemoIndex.WriteAsync(folder, mailbox.Delivered, cancellationToken);
        var result = new DemoResult(folder, mailbox.Delivered, finalStatus, stopwatch.Elapsed);
        await output.WriteLineAsync(Summary(result));
        return result;
    }

    public static string Summary(DemoResult result)
    {
        var lines = new List<string>
        {
            "",
            string.Create(CultureInfo.InvariantCulture, $"{result.Mails.Count} emails in {result.Folder} ({result.Elapsed.TotalSeconds:0.0} s). Open index.html to read them by day."),
            "",
            string.Create(CultureInfo.InvariantCulture, $"{"kind",-20} {"emails",6}"),
        };
        lines.AddRange(result.Mails.GroupBy(m => m.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key,-20} {g.Count(),6}")));
        lines.Add("");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{"plan",-36} {"rep",-22} {"status",-12} outcome"));
        lines.AddRange(result.Plans.OrderBy(p => p.Plan.Pip.Id, StringComparer.Ordinal).Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Plan.Pip.Id,-36} {p.Plan.People.Rep?.Name ?? "?",-22} {p.Evaluation.Status.ToKey(),-12} {p.Evaluation.Outcome?.Kind.ToString().ToLowerInvariant() ?? "-"}")));
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>What the demo produced.</summary>
public sealed record DemoResult(string Folder, IReadOnlyList<DemoMail> Mails, IReadOnlyList<EvaluatedPlan> Plans, TimeSpan Elapsed);
