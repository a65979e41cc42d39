using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Planning;
using PipWatch.Core.Settings;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Planning;

/// <summary>
/// Plans, people and settings for planner tests, planned at UTC or local wall-clock instants. Unless a test says
/// otherwise the rep and the manager work in New York and a plan asks for 100 calls in total.
/// </summary>
internal sealed class PlanningWorld
{
    public const string PipId = "pip-jordan";

    private readonly List<PlanInput> _plans = [];

    public static PersonRef Rep { get; } = Person("rep-jordan", "America/New_York");

    public static PersonRef Manager { get; } = Person("mgr-alex", "America/New_York");

    public HashSet<DateOnly> Holidays { get; } = [];

    public PlanningSchedule Schedule { get; set; } = new();

    public Thresholds Thresholds { get; set; } = new();

    public bool CcManagerOnCelebrations { get; set; } = true;

    public bool CopyRepOnAtRiskWarnings { get; set; }

    public PersonRef? Ops { get; set; }

    public Dictionary<string, DateOnly> LastDigestDays { get; } = [];

    public CalendarSettings Calendar => new() { Holidays = Holidays };

    public static PersonRef Person(string userId, string zone, bool active = true, bool email = true) =>
        new(userId, userId.Replace('-', ' '), email ? $"{userId}@example.com" : null, zone, "en_US", active);

    public static Pip Pip(string start, string end, string id = PipId, params Amendment[] amendments) =>
        new(id, new RepReference("005000000000001AAA"), D(start), D(end), [new Target("calls", "calls", GoalKind.Total, 100)], [], amendments);

    public static Amendment MoveEnd(string effective, string newEnd, string reason = "Two weeks of leave agreed") =>
        new(D(effective), reason, D(newEnd), [], [], []);

    /// <summary>Adds the default plan (2 to 27 March 2026) for the default rep and manager, changed as the test needs.</summary>
    public PlanningWorld Plan(Func<PlanInput, PlanInput>? change = null)
    {
        var plan = new PlanInput(Pip("2026-03-02", "2026-03-27"), Rep) { Manager = Manager };
        _plans.Add(change is null ? plan : change(plan));
        return this;
    }

    public PlanningWorld Add(PlanInput plan)
    {
        _plans.Add(plan);
        return this;
    }

    public PlanningInput Input(DateTimeOffset now) => new(now, _plans)
    {
        Schedule = Schedule,
        Calendar = Calendar,
        Thresholds = Thresholds,
        CcManagerOnCelebrations = CcManagerOnCelebrations,
        CopyRepOnAtRiskWarnings = CopyRepOnAtRiskWarnings,
        Ops = Ops,
        LastDigestDays = LastDigestDays,
    };

    public IReadOnlyList<PlannedNotification> At(DateTimeOffset now) => NotificationPlanner.Plan(Input(now));

    public IReadOnlyList<PlannedNotification> AtUtc(string utc) => At(Utc(utc));

    /// <summary>Plans at a wall-clock time in New York (the default people's zone), e.g. "2026-03-09 08:00".</summary>
    public IReadOnlyList<PlannedNotification> AtLocal(string local, string zone = "America/New_York") =>
        At(Local(local, TimeZones.FromIana(zone)));

    public static PlanEvaluation EvaluatedAt(
        DateTimeOffset asOf,
        PlanPhase phase = PlanPhase.Running,
        string start = "2026-03-02",
        string end = "2026-03-27",
        string pipId = PipId,
        params TargetEvaluation[] targets) => new()
        {
            PipId = pipId,
            AsOf = asOf,
            LocalDay = TimeZones.LocalDay(asOf, TimeZones.FromIana("America/New_York")),
            TimeZoneId = "America/New_York",
            Phase = phase,
            Start = D(start),
            End = D(end),
            WorkingDaysTotal = 20,
            WorkingDaysCompleted = 5,
            WorkingDaysRemaining = 15,
            IsEndingSoon = false,
            Status = PlanEvaluator.PlanStatus(targets),
            Targets = targets,
            AmendmentsInForce = [],
            DroppedTargetIds = [],
            State = new EvaluationState(pipId, asOf, D(start), []),
        };

    /// <summary>A target with the given status; its data counts as polled at <paramref name="dataAsOf"/>.</summary>
    public static TargetEvaluation Target(
        string id,
        TargetStatus status,
        TargetStatus? previous = null,
        bool mustHave = true,
        DateTimeOffset? dataAsOf = null,
        bool stale = false) => new()
        {
            TargetId = id,
            Metric = id,
            Label = id,
            Unit = MetricUnit.Count,
            Kind = GoalKind.Total,
            Direction = Direction.AtLeast,
            MustHave = mustHave,
            Start = D("2026-03-02"),
            PlanGoal = 100,
            Goal = 100,
            Status = status,
            Reason = status.IsBehind() ? StatusReason.PaceBelow : StatusReason.OnPace,
            PreviousStatus = previous,
            WorkingDaysTotal = 20,
            WorkingDaysCompleted = 5,
            WorkingDaysRemaining = 15,
            DataAsOf = dataAsOf,
            IsStale = stale,
        };
}

/// <summary>Shorthands for reading planner output in assertions.</summary>
internal static class PlannedNotificationExtensions
{
    public static PlannedNotification[] OfKind(this IEnumerable<PlannedNotification> notes, NotificationKind kind) =>
        [.. notes.Where(n => n.Kind == kind)];

    public static string[] Keys(this IEnumerable<PlannedNotification> notes) => [.. notes.Select(n => n.IdempotencyKey)];

    public static string[] Keys(this IEnumerable<PlannedNotification> notes, NotificationKind kind) => notes.OfKind(kind).Keys();

    public static PlannedNotification? For(this IEnumerable<PlannedNotification> notes, NotificationKind kind, string userId) =>
        notes.SingleOrDefault(n => n.Kind == kind && n.To.Any(p => p.UserId == userId));
}
