using PipWatch.Configuration.Settings;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;
using PipWatch.Core.Realism;
using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Tests.Content.Builders;

/// <summary>A request of every kind, for a realistic plan or for hostile data, built on <see cref="PlanFixture"/>.</summary>
internal static class ContentCases
{
    public const string RepUserId = "005000000000001AAA";

    public static readonly EmailSettings Settings = new() { SalesforceLinkBase = new Uri("https://acme.my.salesforce.com/") };

    public static Recipient Manager { get; } = new("Dana Whitfield", "dana@acme.example", "en_US", "America/Chicago");

    public static Recipient RepRecipient { get; } = new("Jordan Alvarez", "jordan@acme.example", "en_US", "America/New_York");

    /// <summary>A rep catching up after a slow start: a weekly call goal, a pipeline total, a conversion rate and an optional email goal.</summary>
    public static PlanFixture Realistic(string name = "Jordan Alvarez", string userId = RepUserId, string pipId = "pip-jordan") =>
        new PlanFixture(pipId, name, userId)
            .Weekly("calls", 60)
            .Total("pipeline", 150_000)
            .Rate("meeting_to_opp", 0.25, minSample: 10)
            .Weekly("emails", 80, mustHave: false)
            .Amend("2026-03-23", "Territory change agreed at the check-in.", goals: [new GoalChange("calls", 55)])
            .LogCycle("calls", "2026-03-02", "2026-03-13", 7, 10, 8, 11, 9)
            .LogCycle("calls", "2026-03-16", "2026-06-30", 11, 13, 12, 10, 14)
            .LogCycle("emails", "2026-03-02", "2026-06-30", 12, 18, 15, 14, 16)
            .LogCycle("pipeline", "2026-03-02", "2026-04-30", 0, 4_800, 1_200, 3_600, 2_400)
            .LogCycle("meetings_held", "2026-03-02", "2026-06-30", 2, 3, 1, 2, 2)
            .LogCycle("opps_created", "2026-03-02", "2026-06-30", 1, 0, 1, 1, 0);

    /// <summary>A single total target of 600 calls over the plan, logged at a steady daily rate: 13 is on track, 10 at risk, 5 off track.</summary>
    public static PlanFixture Steady(string name, string userId, string pipId, double callsPerDay) =>
        new PlanFixture(pipId, name, userId)
            .Total("calls", 600)
            .Log("calls", "2026-03-02", "2026-06-30", callsPerDay);

    /// <summary>Hostile names and labels, a missing manager, zero and negative values, a zero goal.</summary>
    public static PlanFixture Hostile(string name) =>
        new PlanFixture("pip-<hostile>&\"", name, RepUserId) { Manager = null, Catalog = TestMetrics.Hostile }
            .Weekly("calls", 60)
            .Total("pipeline", 150_000)
            .Total("opps_created", 0)
            .Rate("meeting_to_opp", 0.25, minSample: 10)
            .Log("calls", "2026-03-02", "2026-06-30", -3)
            .Log("pipeline", "2026-03-02", "2026-06-30", 0)
            .Log("meetings_held", "2026-03-02", "2026-06-30", 0);

    public static readonly NotificationKind[] Kinds = Enum.GetValues<NotificationKind>();

    /// <summary>The day a kind is typically sent on for the fixture's plan.</summary>
    public static DateOnly DayFor(NotificationKind kind, PlanFixture plan) => kind switch
    {
        NotificationKind.RepKickoff or NotificationKind.ManagerKickoff => plan.Start,
        NotificationKind.CheckInReminder => plan.Start.AddDays(1),
        NotificationKind.RepWeekly => PlanFixture.Day("2026-04-06"),
        NotificationKind.EndingSoon => PlanFixture.Day("2026-05-04"),
        NotificationKind.OffRampReport => PlanFixture.Day("2026-05-11"),
        NotificationKind.RelapseWarning => PlanFixture.Day("2026-06-16"),
        _ => PlanFixture.Day("2026-04-07"),
    };

    public static NotificationRequest Request(NotificationKind kind, PlanFixture plan, Recipient? to = null)
    {
        var day = DayFor(kind, plan);
        var snapshot = plan.Snapshot(day);
        var repFacing = kind.IsRepFacing();
        var focus = snapshot.Evaluation.FindTarget("pipeline") ?? snapshot.Evaluation.Targets[0];
        var recipient = to ?? (repFacing ? RepRecipient with { Name = plan.Rep.Name } : Manager);
        var request = new NotificationRequest
        {
            Kind = kind,
            IdempotencyKey = $"{kind}:{plan.PipId}:{day:yyyy-MM-dd}",
            To = [recipient],
            DataAsOf = plan.Instant(day).AddMinutes(-30),
            Plans = [snapshot],
            Settings = Settings,
            CurrencyCode = "USD",
        };

        return kind switch
        {
            NotificationKind.ManagerDigest => request with
            {
                Plans =
                [
                    snapshot with
                    {
                        NewMilestones = [new Milestone("weekly:calls:2026-03-30", MilestoneKind.WeeklyHit, "calls", Date: PlanFixture.Day("2026-03-30"), Value: 60, Goal: 55)],
                        NewAmendments = snapshot.Evaluation.AmendmentsInForce,
                        StaleMetrics = [new StaleMetric("Emails sent", request.DataAsOf.AddHours(-8))],
                        PeopleNotes = ["The manager override in the plan file names a user without an email."],
                    },
                ],
            },
            NotificationKind.Celebration => request with
            {
                Cc = [Manager],
                Milestone = new Milestone($"total:{focus.TargetId}:50", MilestoneKind.TotalFraction, focus.TargetId, 0.5, Value: focus.Actual, Goal: focus.Goal),
            },
            NotificationKind.AtRiskWarning or NotificationKind.RepAtRiskNote => request with
            {
                Warning = new StatusChange(focus.TargetId, TargetStatus.OnTrack, focus.Status),
            },
            NotificationKind.ManagerKickoff => request with
            {
                Plans =
                [
                    snapshot with
                    {
                        Realism = new Dictionary<string, RealismAssessment>
                        {
                            ["calls"] = RealismCheck.Assess(60, Direction.AtLeast, [[40, 45], [50, 52], [44, 48], [55, 51]]),
                            ["pipeline"] = RealismCheck.Assess(15_000, Direction.AtLeast, [[14_000], [16_000], [12_000], [18_000]]),
                        },
                    },
                ],
            },
            NotificationKind.RelapseWarning => request with
            {
                Relapse = RelapseWatch.Check(plan.Prepare(), plan.Series(), plan.Thresholds, plan.Instant(day)),
            },
            NotificationKind.OpsAlert => request with
            {
                Plans = [],
                To = [new Recipient("Sales ops", "ops@acme.example", "en_GB", "Europe/London")],
                OpsIssues =
                [
                    new OpsIssue($"Plan {plan.PipId}", $"The manager of {plan.Rep.Name} has no email address in Salesforce.", "Add the email in Salesforce, or name a manager in the plan file."),
                    new OpsIssue("Delivery", "1 email was refused permanently (550 5.1.1 mailbox unknown at acme.example)."),
                ],
            },
            _ => request,
        };
    }
}
