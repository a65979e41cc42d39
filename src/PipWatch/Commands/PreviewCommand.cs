using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Planning;
using PipWatch.Demo;
using PipWatch.Hosting;
using PipWatch.Notifications.Delivery;
using PipWatch.Notifications.Mime;
using PipWatch.Pipeline;
using PipWatch.Sources;
using PipWatch.Storage.Migrations;

namespace PipWatch.Commands;

/// <summary><c>pipwatch preview</c>: renders any kind of email for one plan to .html, .txt and .eml, to review wording and templates.</summary>
public static class PreviewCommand
{
    public static readonly IReadOnlyList<string> Kinds = [.. Enum.GetValues<NotificationKind>().Select(KindName)];

    public static Command Create(CliContext context)
    {
        var config = ConfigDirectoryOption.Create();
        var asOf = AsOfOption.Create();
        var kind = new Option<string>("--kind")
        {
            Description = "The kind of email: " + string.Join(", ", Kinds) + ".",
            Required = true,
        };
        kind.AcceptOnlyFromAmong([.. Kinds]);
        var pip = new Option<string>("--pip") { Description = "The plan's id (the `id:` in its file).", Required = true, HelpName = "ID" };
        var output = new Option<string>("--out")
        {
            Description = "Folder for the files. Default: out/preview.",
            HelpName = "DIR",
            DefaultValueFactory = _ => Path.Combine("out", "preview"),
        };
        var demo = new Option<bool>("--demo") { Description = "Preview against the built-in demo org instead of Salesforce (e.g. --demo --pip 2026-09-oliver-hughes-meetings)." };
        var command = new Command("preview", "Render one kind of email for one plan as it stands, due or not, and write .html, .txt and .eml, to review wording and template overrides before going live.")
        {
            config,
            kind,
            pip,
            asOf,
            output,
            demo,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var console = parseResult.InvocationConfiguration;
            return CommandFailures.RunAsync("preview", console.Error, async () =>
            {
                var folder = parseResult.GetValue(output)!;
                var notificationKind = Enum.GetValues<NotificationKind>().Single(k => KindName(k) == parseResult.GetValue(kind));
                var pipId = parseResult.GetValue(pip)!;
                var written = parseResult.GetValue(demo)
                    ? await PreviewDemoAsync(notificationKind, pipId, parseResult.GetValue(asOf), folder, cancellationToken)
                    : await PreviewAsync(notificationKind, pipId, ConfigDirectoryOption.Resolve(parseResult, config, context), context, parseResult.GetValue(asOf), folder, cancellationToken);
                if (written is null)
                {
                    await console.Error.WriteLineAsync($"pipwatch preview: no plan '{pipId}' is in scope at that instant (check the id, or --as-of for a plan that has ended).");
                    return ExitCodes.InvalidInput;
                }

                foreach (var file in written)
                {
                    await console.Output.WriteLineAsync(file);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static string KindName(NotificationKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static async Task<IReadOnlyList<string>?> PreviewAsync(
        NotificationKind kind, string pipId, string directory, CliContext context, DateTimeOffset? asOf, string folder, CancellationToken cancellationToken)
    {
        await using var services = await OneShotPipeline.StartAsync(directory, context, asOf, cancellationToken);
        var settings = services.GetRequiredService<ConfigurationSource>().Current().Settings;
        return await RenderAsync(services, settings, kind, pipId, folder, poll: false, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>?> PreviewDemoAsync(
        NotificationKind kind, string pipId, DateTimeOffset? asOf, string folder, CancellationToken cancellationToken)
    {
        var loaded = DemoConfiguration.Load();
        using var scratch = new ScratchFolder();
        var settings = loaded.Settings! with { Storage = new StorageSettings { SqlitePath = Path.Combine(scratch.Path, "preview.db") } };
        var plan = loaded.Pips.FirstOrDefault(p => p.Id == pipId);
        var clock = new FixedClock(asOf ?? DefaultDemoInstant(plan));
        await using var services = CommandServices.Build(
            settings,
            DemoConfiguration.Directory,
            new Dictionary<string, string?>(),
            clock,
            addSource: s =>
            {
                s.AddSingleton<IOrgSource>(new DemoOrgSource(clock));
                s.TryAddSingleton<IMailSender>(new PickupFolderSender(scratch.Path, Microsoft.Extensions.Logging.Abstractions.NullLogger<PickupFolderSender>.Instance));
            });
        await services.GetRequiredService<StorageMigrator>().PrepareForWorkerAsync(cancellationToken);
        return await RenderAsync(services, settings, kind, pipId, folder, poll: true, cancellationToken);
    }

    /// <summary>Two thirds into the plan, late afternoon UTC: enough history for every figure and chart.</summary>
    private static DateTimeOffset DefaultDemoInstant(Core.Plans.Pip? plan)
    {
        var day = plan is null ? new DateOnly(2026, 10, 21) : plan.Start.AddDays((plan.End.DayNumber - plan.Start.DayNumber) * 2 / 3);
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
    }

    private static async Task<IReadOnlyList<string>?> RenderAsync(
        ServiceProvider services, PipWatchSettings settings, NotificationKind kind, string pipId, string folder, bool poll, CancellationToken cancellationToken)
    {
        var cycle = services.GetRequiredService<Cycle>();
        if (poll)
        {
            await cycle.PollAndEvaluateAsync(cancellationToken);
        }

        var plans = await cycle.StatusAsync(cancellationToken);
        if (plans.FirstOrDefault(p => p.Plan.Pip.Id == pipId) is not { } plan)
        {
            return null;
        }

        var planned = PreviewBuilder.Build(kind, plan);
        var rendered = services.GetRequiredService<NotificationRenderer>().Render(planned, plans.ToDictionary(p => p.Plan.Pip.Id), settings);
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"{KindName(kind)}-{pipId}");
        using var message = MimeBytes.Parse(rendered.Mime);
        await File.WriteAllTextAsync(stem + ".html", BrowserHtml.From(message), cancellationToken);
        await File.WriteAllTextAsync(stem + ".txt", rendered.TextBody ?? message.TextBody ?? "", cancellationToken);
        await File.WriteAllBytesAsync(stem + ".eml", rendered.Mime.ToArray(), cancellationToken);
        return [stem + ".html", stem + ".txt", stem + ".eml"];
    }

    /// <summary>A throwaway folder for the preview's own database.</summary>
    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("pipwatch-preview-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
