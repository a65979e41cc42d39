using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Planning;

/// <summary>One plan's dates, zones and people worked out once per planning run.</summary>
internal sealed class PlanFacts
{
    public PlanFacts(PlanInput input, PlanningInput planning, PlanningClock clock)
    {
        Input = input;
        Planning = planning;
        Clock = clock;
        var pip = input.Pip;
        Where = string.IsNullOrEmpty(pip.SourceFile) ? $"Plan '{pip.Id}'" : $"Plan '{pip.Id}' ({pip.SourceFile})";
        CheckPerson(input.Rep, "rep");
        RepZone = clock.Zone(input.Rep.TimeZoneId, $"{Where}, rep '{input.Rep.Name}'");
        if (input.Manager is { } manager)
        {
            CheckPerson(manager, "manager");
            ManagerZone = clock.Zone(manager.TimeZoneId, $"{Where}, manager '{manager.Name}'");
        }

        foreach (var watcher in input.Watchers)
        {
            CheckPerson(watcher, "watcher");
            clock.Zone(watcher.TimeZoneId, $"{Where}, watcher '{watcher.Name}'");
        }

        if (input.Evaluation is { } evaluation && evaluation.PipId != pip.Id)
        {
            throw new ArgumentException($"{Where} was given the evaluation of plan '{evaluation.PipId}'.", nameof(input));
        }

        RepToday = clock.Today(RepZone);
        End = EndOn(pip, RepToday);
        if (End < pip.Start)
        {
            throw new ArgumentException($"{Where} ends on {End:yyyy-MM-dd}, before it starts on {pip.Start:yyyy-MM-dd}.", nameof(input));
        }

        try
        {
            Calendar = PlanCalendar.Create(pip.Start, End, pip.PausedDays, planning.Calendar, RepZone);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{Where}: {ex.Message}", nameof(input), ex);
        }

        LastDigestDay = planning.Calendar.FirstWorkingDayAfter(End);
        CheckInDay = planning.Calendar.FirstWorkingDayAfter(pip.Start);
        var notice = planning.Thresholds.EndingSoonWorkingDays;
        EndingSoonDay = notice > 0 && Calendar.TotalWorkingDays > notice ? Calendar.WorkingDay(Calendar.TotalWorkingDays - notice) : null;
        ManagerProblem = input.Manager switch
        {
            null => OpsProblem.ManagerUnresolved,
            { IsActive: false } => OpsProblem.ManagerInactive,
            { Email: var email } when string.IsNullOrWhiteSpace(email) => OpsProblem.ManagerWithoutEmail,
            _ => null,
        };
        EvaluationIsStale = input.Evaluation is { } latest && clock.Now - latest.AsOf > planning.Thresholds.StaleAfter;
        StaleMetrics = input.Evaluation is null
            ? []
            : [.. input.Evaluation.Targets.Where(IsStale).Select(t => t.Metric).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        AmendmentsInForce = [.. pip.Amendments.Where(a => a.EffectiveDate <= RepToday).OrderBy(a => a.EffectiveDate)];
    }

    public PlanInput Input { get; }

    public PlanningInput Planning { get; }

    public PlanningClock Clock { get; }

    public Pip Pip => Input.Pip;

    public PersonRef Rep => Input.Rep;

    public PersonRef? Manager => Input.Manager;

    public PlanEvaluation? Evaluation => Input.Evaluation;

    /// <summary>"Plan 'id' (file)", for messages.</summary>
    public string Where { get; }

    public TimeZoneInfo RepZone { get; }

    /// <summary>Null when no manager was resolved.</summary>
    public TimeZoneInfo? ManagerZone { get; }

    public DateOnly RepToday { get; }

    /// <summary>The end date in force on the rep's current day.</summary>
    public DateOnly End { get; }

    /// <summary>The plan's working days (company calendar without its paused days) in the rep's zone.</summary>
    public PlanCalendar Calendar { get; }

    /// <summary>The last day of the digest span: the first company working day after the end.</summary>
    public DateOnly LastDigestDay { get; }

    /// <summary>The first company working day after the start: the 24-hour check-in should have happened.</summary>
    public DateOnly CheckInDay { get; }

    /// <summary>The plan working day on which exactly the ending-soon notice of working days remains; null for shorter plans.</summary>
    public DateOnly? EndingSoonDay { get; }

    /// <summary>Why the manager cannot be written to; null when they can.</summary>
    public OpsProblem? ManagerProblem { get; }

    /// <summary>The latest evaluation is older than the stale age (evaluation has stopped).</summary>
    public bool EvaluationIsStale { get; }

    public IReadOnlyList<string> StaleMetrics { get; }

    public IReadOnlyList<Amendment> AmendmentsInForce { get; }

    /// <summary>The manager can be written to (resolved, active, with an address).</summary>
    public bool ManagerReachable => ManagerProblem is null;

    public bool InDigestSpan(DateOnly day) => day >= Pip.Start && day <= LastDigestDay;

    /// <summary>
    /// A target's figures are stale when the evaluation said so, or when its metric's last successful poll (the
    /// evaluation's "data as of" time when the caller gave none) is missing or older than the stale age.
    /// </summary>
    public bool IsStale(TargetEvaluation target)
    {
        if (target.IsStale)
        {
            return true;
        }

        var polled = Input.LastSuccessfulPolls.TryGetValue(target.Metric, out var at) ? at : target.DataAsOf;
        return polled is not { } instant || Clock.Now - instant > Planning.Thresholds.StaleAfter;
    }

    /// <summary>The plan as a notification on <paramref name="day"/> (the reader's local day) shows it.</summary>
    public PlanView View(DateOnly day, ViewerRole role = ViewerRole.Manager) => new(Pip, Rep, Manager, Evaluation)
    {
        Role = role,
        End = End,
        AmendmentsInForce = AmendmentsInForce,
        StaleMetrics = StaleMetrics,
        Attention = Attention(day),
    };

    public PlannedNotification Note(NotificationKind kind, string key, PersonRef to, DateOnly localDay, PlanView view) => new()
    {
        Kind = kind,
        IdempotencyKey = key,
        To = [to],
        PipIds = [Pip.Id],
        LocalDay = localDay,
        Period = DateRange.OneDay(localDay),
        Plans = [view],
    };

    private List<AttentionItem> Attention(DateOnly day)
    {
        var items = new List<AttentionItem>();
        if (Evaluation is null)
        {
            items.Add(AttentionItem.NoDataYet);
        }

        if (StaleMetrics.Count > 0 || EvaluationIsStale)
        {
            items.Add(AttentionItem.StaleData);
        }

        if (!Rep.IsActive)
        {
            items.Add(AttentionItem.RepInactive);
        }
        else if (string.IsNullOrWhiteSpace(Rep.Email))
        {
            items.Add(AttentionItem.RepWithoutEmail);
        }

        if (IsCheckInDue(day))
        {
            items.Add(AttentionItem.CheckInDue);
        }

        if (day >= Pip.Start && day <= End && Calendar.CountWorkingDays(day, End) <= Planning.Thresholds.EndingSoonWorkingDays)
        {
            items.Add(AttentionItem.EndingSoon);
        }

        if (day > End && Pip.Decision is null)
        {
            items.Add(AttentionItem.DecisionDue);
        }

        return items;
    }

    /// <summary>The 24-hour check-in, then one every cadence of plan working days (a Monday start with a cadence of 5: every Monday).</summary>
    private bool IsCheckInDue(DateOnly day)
    {
        if (day == CheckInDay && day <= End)
        {
            return true;
        }

        var cadence = Pip.CheckInCadenceWorkingDays;
        if (cadence <= 0 || !Calendar.IsWorkingDay(day))
        {
            return false;
        }

        var before = Calendar.CountWorkingDays(Pip.Start, day.AddDays(-1));
        return before > 0 && before % cadence == 0;
    }

    private void CheckPerson(PersonRef person, string role)
    {
        if (string.IsNullOrWhiteSpace(person.UserId))
        {
            throw new ArgumentException($"{Where}: the {role} '{person.Name}' has no user id.", nameof(person));
        }
    }

    /// <summary>The end date after the amendments that have taken effect by the rep's day, applied in date order.</summary>
    private static DateOnly EndOn(Pip pip, DateOnly day)
    {
        var end = pip.End;
        foreach (var amendment in pip.Amendments.Where(a => a.EffectiveDate <= day).OrderBy(a => a.EffectiveDate))
        {
            end = amendment.NewEndDate ?? end;
        }

        return end;
    }
}
