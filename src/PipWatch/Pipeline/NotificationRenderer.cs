using PipWatch.Configuration.Settings;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Planning;
using PipWatch.Notifications.Charts;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Mime;
using PipWatch.Storage.Notifications;
using ContentKind = PipWatch.Notifications.Content.Requests.NotificationKind;
using PlannedKind = PipWatch.Core.Planning.NotificationKind;

namespace PipWatch.Pipeline;

/// <summary>
/// Turns a planned notification into the outbox row: the composer's request (plans, people, history for the charts),
/// the rendered email, and the complete MIME message with its deterministic Message-Id.
/// </summary>
public sealed class NotificationRenderer(EmailComposer composer, MimeMessageBuilder mime)
{
    public NewNotification Render(PlannedNotification planned, IReadOnlyDictionary<string, EvaluatedPlan> evaluated, PipWatchSettings settings)
    {
        var request = Request(planned, evaluated, settings);
        var composed = composer.Compose(request);
        var from = new EmailAddress(settings.Email.FromAddress, settings.Email.FromName);
        var outgoing = composed.ToOutgoingEmail(from);
        using var message = mime.Build(outgoing);
        message.Headers.Add(RenderedHeaders.Kind, composed.Kind.ToKey());
        return new NewNotification(
            planned.IdempotencyKey,
            composed.Kind.ToKey(),
            planned.PipIds.Count == 1 ? planned.PipIds[0] : null,
            [.. composed.To.Concat(composed.Cc).Select(a => a.Address)],
            composed.Subject,
            message.MessageId ?? throw new InvalidOperationException($"The message for {planned.IdempotencyKey} has no Message-Id."),
            MimeBytes.Serialize(message),
            composed.Html,
            composed.Text,
            planned.ExpiresAt);
    }

    public static NotificationRequest Request(
        PlannedNotification planned, IReadOnlyDictionary<string, EvaluatedPlan> evaluated, PipWatchSettings settings)
    {
        // An ops alert names plans but never carries their figures: ops need the problem, not the rep's numbers.
        var snapshots = planned.Kind == PlannedKind.OpsAlert ? [] : planned.Plans
            .Select(view => Snapshot(view, evaluated.GetValueOrDefault(view.Pip.Id), settings))
            .OfType<PlanSnapshot>()
            .ToList();
        var dataAsOf = snapshots.Select(s => s.Evaluation.DataAsOf ?? s.Evaluation.AsOf).DefaultIfEmpty(evaluated.Values.FirstOrDefault()?.Evaluation.AsOf ?? DateTimeOffset.UnixEpoch).Min();
        return new NotificationRequest
        {
            Kind = Kind(planned.Kind),
            IdempotencyKey = planned.IdempotencyKey,
            To = [.. planned.To.Where(p => p.Email is not null).Select(Recipient)],
            Cc = [.. planned.Cc.Where(p => p.Email is not null).Select(Recipient)],
            DataAsOf = dataAsOf,
            Plans = snapshots,
            AsWatcher = planned.Plans.Any(p => p.Role == ViewerRole.Watcher),
            Milestone = planned.Milestone?.Milestone,
            Warning = planned.Warning is { } w ? new Notifications.Content.Requests.StatusChange(w.TargetId, w.From, w.To) : null,
            Relapse = planned.Relapse,
            OpsIssues = planned.Problem is { } problem ? [.. planned.PipIds.Select(pipId => OpsIssueFor(pipId, problem))] : [],
            CurrencyCode = settings.Email.CurrencyCode,
            Settings = settings.Email,
        };
    }

    private static PlanSnapshot? Snapshot(PlanView view, EvaluatedPlan? evaluated, PipWatchSettings settings)
    {
        if ((view.Evaluation ?? evaluated?.Evaluation) is not { } evaluation)
        {
            return null;
        }

        return new PlanSnapshot
        {
            Evaluation = evaluation,
            Rep = new Person(view.Rep.Name, view.Rep.UserId, view.Rep.IsActive),
            Manager = view.Manager is { } manager ? new Person(manager.Name, manager.UserId, manager.IsActive) : null,
            Plan = evaluated?.Prepared,
            PreviousStatuses = evaluated?.PreviousDay.ToDictionary(r => r.TargetId, r => TargetStatusParser.Parse(r.Status, $"evaluation history of {r.PipId}"), StringComparer.Ordinal)
                ?? new Dictionary<string, TargetStatus>(),
            History = evaluated is null ? [] : History(evaluated, settings),
            NewMilestones = [.. view.NewMilestones.Select(m => m.Milestone)],
            NewAmendments = view.NewAmendments,
            StaleMetrics = [.. view.StaleMetrics.Select(name => new StaleMetric(
                settings.Metrics.TryGetValue(name, out var metric) ? metric.Label : name,
                evaluation.Targets.FirstOrDefault(t => t.Metric == name)?.DataAsOf))],
            PeopleNotes = [.. (evaluated?.Plan.People.Problems ?? []).Select(p => p.Message)],
        };
    }

    /// <summary>Each target's value per local day from its start through today (running total, or running rate).</summary>
    private static List<TargetHistory> History(EvaluatedPlan evaluated, PipWatchSettings settings)
    {
        var catalog = evaluated.Prepared.Metrics;
        var today = evaluated.Evaluation.LocalDay;
        var histories = new List<TargetHistory>();
        foreach (var target in evaluated.Evaluation.Targets)
        {
            if (!catalog.TryGet(target.Metric, out var definition))
            {
                continue;
            }

            var reader = MetricReader.Create(definition, catalog, evaluated.Series);
            var last = today < evaluated.Evaluation.End ? today : evaluated.Evaluation.End;
            var points = new List<ChartPoint>();
            for (var day = target.Start; day <= last; day = day.AddDays(1))
            {
                points.Add(new ChartPoint(day, reader.Value(target.Start, day) ?? 0));
            }

            histories.Add(new TargetHistory(target.TargetId, points));
        }

        _ = settings;
        return histories;
    }

    private static OpsIssue OpsIssueFor(string pipId, OpsProblem problem) => problem switch
    {
        OpsProblem.ManagerUnresolved => new(pipId, "PipWatch could not find this plan's manager in Salesforce, so nobody receives its digest or warnings.", "Set the rep's manager in Salesforce, or name one with `manager:` in the PIP file."),
        OpsProblem.ManagerWithoutEmail => new(pipId, "This plan's manager has no email address in Salesforce, so digests and warnings cannot be sent.", "Add an email address to the manager's Salesforce user."),
        OpsProblem.ManagerInactive => new(pipId, "This plan's manager is deactivated in Salesforce, so digests and warnings are not sent.", "Name an active manager with `manager:` in the PIP file."),
        _ => new(pipId, problem.ToString()),
    };

    private static Recipient Recipient(PersonRef person) => new(person.Name, person.Email!, person.LocaleId, person.TimeZoneId);

    private static ContentKind Kind(PlannedKind kind) => kind switch
    {
        PlannedKind.ManagerDigest => ContentKind.ManagerDigest,
        PlannedKind.RepWeekly => ContentKind.RepWeekly,
        PlannedKind.Celebration => ContentKind.Celebration,
        PlannedKind.AtRiskWarning => ContentKind.AtRiskWarning,
        PlannedKind.KickoffRep => ContentKind.RepKickoff,
        PlannedKind.KickoffManager => ContentKind.ManagerKickoff,
        PlannedKind.CheckInReminder => ContentKind.CheckInReminder,
        PlannedKind.EndingSoon => ContentKind.EndingSoon,
        PlannedKind.OffRampReport => ContentKind.OffRampReport,
        PlannedKind.RelapseWarning => ContentKind.RelapseWarning,
        PlannedKind.OpsAlert => ContentKind.OpsAlert,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
    };

}
