using PipWatch.Configuration.Loading;
using PipWatch.Notifications.Mime;
using PipWatch.Pipeline;
using PipWatch.Storage.Audit;
using PipWatch.Storage.Database;
using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Metrics;
using PipWatch.Storage.Migrations;
using PipWatch.Storage.Milestones;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Reporting;

namespace PipWatch.Reporting;

/// <summary>
/// Gathers one plan's record from its plan file and the state database, reading only: no schema is created or
/// migrated, nothing is written, and Salesforce is never asked (names come from the stored messages).
/// </summary>
/// <remarks>
/// The stores are resolved only once the database is known to exist: resolving the embedded one would create its
/// file (and folder) before anything is read.
/// </remarks>
public sealed class PipReportReader(LoadedConfiguration configuration, IServiceProvider services, TimeProvider time)
{
    /// <summary>Digests are sent through the first working day after the end; holidays can push that a few days on.</summary>
    private const int DigestDaysAfterEnd = 10;

    private static readonly HashSet<string> ManagerKinds = new(StringComparer.Ordinal)
    {
        "manager_digest", "manager_kickoff", "check_in_reminder", "ending_soon", "off_ramp_report", "at_risk_warning", "relapse_warning",
    };

    public async Task<PipReportLookup> ReadAsync(string pipId, CancellationToken cancellationToken)
    {
        var settings = configuration.Settings!;
        var plan = configuration.Pips.FirstOrDefault(p => p.Id == pipId);
        var stateSource = settings.Storage.PostgresConnectionString is null
            ? $"SQLite file {Path.GetFullPath(settings.Storage.SqlitePath)}"
            : "PostgreSQL";
        var data = new PipReportData
        {
            PipId = pipId,
            GeneratedAt = time.GetUtcNow(),
            Settings = settings,
            Plan = plan,
            PlanFileProblems = plan is null ? ProblemsOfFileNamed(pipId) : [],
            StateSource = stateSource,
        };

        // An embedded database that was never created holds nothing; opening it would create it.
        if (settings.Storage.PostgresConnectionString is null && !File.Exists(Path.GetFullPath(settings.Storage.SqlitePath)))
        {
            return plan is null
                ? PipReportLookup.NotFound(NearestIds.Find(pipId, configuration.Pips.Select(p => p.Id)), data.PlanFileProblems)
                : PipReportLookup.Found(data with { StateAvailable = false });
        }

        await services.GetRequiredService<StorageMigrator>().EnsureSchemaCurrentAsync(cancellationToken);
        var queries = new PipReportQueries(services.GetRequiredService<StateDatabase>());
        var stored = await queries.GetKnownPipIdsAsync(cancellationToken);
        if (plan is null && !stored.Contains(pipId, StringComparer.Ordinal))
        {
            return PipReportLookup.NotFound(NearestIds.Find(pipId, configuration.Pips.Select(p => p.Id).Concat(stored)), data.PlanFileProblems);
        }

        var notifications = await ReadNotificationsAsync(pipId, queries, cancellationToken);
        var evaluations = await services.GetRequiredService<EvaluationHistoryStore>().GetHistoryAsync(pipId, cancellationToken);
        return PipReportLookup.Found(data with
        {
            Evaluations = evaluations,
            Weeks = plan is null || evaluations.Count == 0
                ? data.Weeks
                : await new WeeklyRecount(services.GetRequiredService<MetricValueStore>()).CountAsync(plan, settings, evaluations.Max(r => r.Day), cancellationToken),
            Notifications = notifications,
            SharedDigests = SharedDigestsOf(data, notifications, await queries.GetSharedDigestsAsync(cancellationToken)),
            Audit = await services.GetRequiredService<AuditLog>().GetByPipAsync(pipId, cancellationToken),
            Milestones = await services.GetRequiredService<MilestoneStore>().GetAsync(pipId, cancellationToken),
        });
    }

    private async Task<IReadOnlyList<ReportedNotification>> ReadNotificationsAsync(
        string pipId, PipReportQueries queries, CancellationToken cancellationToken)
    {
        var records = await services.GetRequiredService<NotificationQueries>().GetByPipAsync(pipId, cancellationToken);
        var messages = (await queries.GetMessagesAsync(pipId, cancellationToken)).ToDictionary(m => m.NotificationId);
        var reported = new List<ReportedNotification>(records.Count);
        foreach (var record in records)
        {
            var refused = RefusedRecipients.Parse(record.SmtpResponse);
            var fallback = new ReportedNotification(record, [.. record.Recipients.Select(a => new NamedAddress("", a))], record.HtmlBody, refused);
            if (!messages.TryGetValue(record.Id, out var stored))
            {
                reported.Add(fallback);
                continue;
            }

            try
            {
                using var message = MimeBytes.Parse(stored.Mime);
                var named = message.To.Mailboxes.Concat(message.Cc.Mailboxes)
                    .Select(m => new NamedAddress(m.Name ?? "", m.Address))
                    .ToList();
                reported.Add(fallback with
                {
                    Recipients = named.Count > 0 ? named : fallback.Recipients,
                    ViewableHtml = message.HtmlBody is null ? null : BrowserHtml.From(message),
                });
            }
            catch (FormatException)
            {
                // A message that no longer parses still has its bodies and addresses in their own columns.
                reported.Add(fallback);
            }
        }

        return reported;
    }

    /// <summary>
    /// Digests stored without a plan (they covered several) that went to one of this plan's manager-side readers
    /// while the plan ran: the outbox keeps no other link between them and the plan.
    /// </summary>
    private static IReadOnlyList<SharedDigest> SharedDigestsOf(
        PipReportData data, IReadOnlyList<ReportedNotification> notifications, IReadOnlyList<SharedDigest> shared)
    {
        var readers = notifications
            .Where(n => ManagerKinds.Contains(n.Record.Kind))
            .SelectMany(n => n.Record.Recipients)
            .Concat(data.Plan?.Watchers.Where(w => w.Contains('@', StringComparison.Ordinal)) ?? [])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (readers.Count == 0 || shared.Count == 0)
        {
            return [];
        }

        var first = data.Plan?.Start.AddDays(-1) ?? DateOnly.MinValue;
        var last = data.Plan is { } plan ? PlanTerms.FinalEnd(plan).AddDays(DigestDaysAfterEnd) : DateOnly.MaxValue;
        return [.. shared.Where(d =>
            d.Recipients.Any(readers.Contains)
            && DateOnly.FromDateTime(d.CreatedAt.UtcDateTime) is var day && day >= first && day <= last)];
    }

    /// <summary>A plan file named after the id that could not be read (its plan is then missing from the valid ones).</summary>
    private List<string> ProblemsOfFileNamed(string pipId) =>
        [.. configuration.PipFiles
            .Where(f => !f.IsValid && string.Equals(Path.GetFileNameWithoutExtension(f.Path), pipId, StringComparison.Ordinal))
            .SelectMany(f => f.Problems.Select(p => p.ToString()))];
}
