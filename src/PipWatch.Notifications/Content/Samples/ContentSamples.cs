using PipWatch.Configuration.Settings;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Realism;
using PipWatch.Core.Settings;
using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Content.Samples;

/// <summary>A realistic request for every kind, built from <see cref="SamplePlan"/>; template validation renders their models.</summary>
public static class ContentSamples
{
    private static readonly Recipient ManagerRecipient = new("Dana Whitfield", "dana.whitfield@example.com", "en_US", "America/New_York");
    private static readonly Recipient RepRecipient = new("Jordan Alvarez", "jordan.alvarez@example.com", "en_US", "America/New_York");
    private static readonly EmailSettings Settings = new() { SalesforceLinkBase = new Uri("https://example.my.salesforce.com") };

    /// <summary>A sample request of the kind, evaluated on a day that suits it.</summary>
    public static NotificationRequest Request(NotificationKind kind) => kind switch
    {
        NotificationKind.ManagerDigest => Base(kind, new DateOnly(2026, 4, 7), ManagerRecipient) with { Plans = [Mid(new DateOnly(2026, 4, 7))] },
        NotificationKind.RepWeekly => Base(kind, new DateOnly(2026, 4, 6), RepRecipient),
        NotificationKind.Celebration => Base(kind, new DateOnly(2026, 4, 7), RepRecipient) with
        {
            Cc = [ManagerRecipient],
            Milestone = new Milestone("total:pipeline:50", MilestoneKind.TotalFraction, "pipeline", 0.5, Value: 78_000, Goal: 150_000),
        },
        NotificationKind.AtRiskWarning or NotificationKind.RepAtRiskNote => Base(kind, new DateOnly(2026, 3, 17), kind == NotificationKind.AtRiskWarning ? ManagerRecipient : RepRecipient) with
        {
            Warning = new StatusChange("pipeline", TargetStatus.OnTrack, TargetStatus.AtRisk),
        },
        NotificationKind.RepKickoff => Base(kind, SamplePlan.Start, RepRecipient),
        NotificationKind.ManagerKickoff => Base(kind, SamplePlan.Start, ManagerRecipient) with
        {
            Plans = [SamplePlan.Snapshot(SamplePlan.Start) with { Realism = Realism() }],
        },
        NotificationKind.CheckInReminder => Base(kind, SamplePlan.Start.AddDays(1), ManagerRecipient),
        NotificationKind.EndingSoon => Base(kind, new DateOnly(2026, 5, 4), ManagerRecipient),
        NotificationKind.OffRampReport => Base(kind, new DateOnly(2026, 5, 11), ManagerRecipient),
        NotificationKind.RelapseWarning => Base(kind, new DateOnly(2026, 6, 2), ManagerRecipient) with
        {
            Relapse = RelapseWatch.Check(SamplePlan.Prepared, SamplePlan.Series, new Thresholds(), SamplePlan.Instant(new DateOnly(2026, 6, 2))),
        },
        NotificationKind.OpsAlert => new NotificationRequest
        {
            Kind = kind,
            IdempotencyKey = "ops_alert:sample",
            To = [new Recipient("Sales ops", "sales-ops@example.com")],
            DataAsOf = SamplePlan.Instant(new DateOnly(2026, 4, 7)),
            OpsIssues =
            [
                new OpsIssue("Plan 2026-03-jordan-alvarez", "The manager has no email address in Salesforce, so the digest cannot be sent.", "Add an email to the manager's user record, or name a manager in the plan file."),
                new OpsIssue("Delivery", "2 emails were refused permanently by the receiving server (550 mailbox unavailable).", "Check the recipients' addresses in Salesforce."),
            ],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
    };

    /// <summary>The content model of a kind's sample, as its templates receive it.</summary>
    public static object Model(NotificationKind kind) => EmailComposer.BuildModel(Request(kind));

    private static NotificationRequest Base(NotificationKind kind, DateOnly day, Recipient to) => new()
    {
        Kind = kind,
        IdempotencyKey = $"{kind.ToKey()}:sample:{day:yyyy-MM-dd}",
        To = [to],
        DataAsOf = SamplePlan.Instant(day),
        Plans = [Mid(day)],
        Settings = Settings,
        CurrencyCode = "USD",
    };

    private static PlanSnapshot Mid(DateOnly day)
    {
        var snapshot = SamplePlan.Snapshot(day);
        var amendment = snapshot.Evaluation.AmendmentsInForce.Count > 0 ? snapshot.Evaluation.AmendmentsInForce[0] : null;
        return snapshot with
        {
            NewAmendments = amendment is not null && amendment.EffectiveDate == day ? [amendment] : [],
            NewMilestones = [new Milestone("weekly:calls:2026-03-30", MilestoneKind.WeeklyHit, "calls", Date: new DateOnly(2026, 3, 30), Value: 61, Goal: 55)],
            StaleMetrics = [new StaleMetric("Emails sent", SamplePlan.Instant(day).AddHours(-9))],
        };
    }

    private static Dictionary<string, RealismAssessment> Realism() => new()
    {
        ["calls"] = RealismCheck.Assess(60, Core.Plans.Direction.AtLeast, [[52, 58, 61], [64, 70, 66], [48, 55, 50], [59, 62, 60]]),
        ["pipeline"] = RealismCheck.Assess(150_000.0 / 50 * 5, Core.Plans.Direction.AtLeast, [[9_000, 12_000], [14_000, 16_500], [11_000, 10_000], [8_000, 9_500]]),
    };
}
