using PipWatch.Core.Plans;

namespace PipWatch.Core.Planning;

/// <summary>
/// Manager digests: one per reader and local working day, covering the plans they manage and those they watch, from
/// each plan's start through the first working day after its end, between the send time and the latest time.
/// </summary>
internal static class DigestPlanner
{
    public static void Plan(IReadOnlyList<PlanFacts> plans, PlanningInput input, PlanningClock clock, List<PlannedNotification> notes)
    {
        foreach (var reader in Readers(plans))
        {
            if (Digest(reader, input, clock) is { } digest)
            {
                notes.Add(digest);
            }
        }
    }

    /// <summary>
    /// Everyone who reads a digest, once each: a person who manages some plans and watches others gets one digest
    /// with both. A watcher who is the plan's manager or its rep is not a watcher of it (a rep never sees the
    /// manager's view of their own plan).
    /// </summary>
    private static List<Reader> Readers(IReadOnlyList<PlanFacts> plans)
    {
        var readers = new Dictionary<string, Reader>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (plan.ManagerReachable)
            {
                Add(readers, plan.Manager!, plan.ManagerZone!, plan, ViewerRole.Manager);
            }

            foreach (var watcher in plan.Input.Watchers)
            {
                if (watcher.CanReceiveMail && watcher.UserId != plan.Manager?.UserId && watcher.UserId != plan.Rep.UserId)
                {
                    Add(readers, watcher, plan.Clock.Zone(watcher.TimeZoneId, plan.Where), plan, ViewerRole.Watcher);
                }
            }
        }

        return [.. readers.Values.OrderBy(r => r.Person.UserId, StringComparer.Ordinal)];
    }

    private static void Add(Dictionary<string, Reader> readers, PersonRef person, TimeZoneInfo zone, PlanFacts plan, ViewerRole role)
    {
        if (!readers.TryGetValue(person.UserId, out var reader))
        {
            reader = new Reader(person, zone, []);
            readers[person.UserId] = reader;
        }

        if (!reader.Plans.Exists(p => p.Plan.Pip.Id == plan.Pip.Id))
        {
            reader.Plans.Add((plan, role));
        }
    }

    private static PlannedNotification? Digest(Reader reader, PlanningInput input, PlanningClock clock)
    {
        var day = clock.Today(reader.Zone);
        var schedule = input.Schedule;
        if (!input.Calendar.IsWorkingDay(day)
            || !clock.Reached(day, schedule.DigestTime, reader.Zone)
            || clock.Now >= PlanningClock.At(day, schedule.DigestLatestTime, reader.Zone))
        {
            return null;
        }

        var since = input.LastDigestDays.TryGetValue(reader.Person.UserId, out var last) && last < day
            ? last
            : input.Calendar.LastWorkingDayBefore(day);
        var sinceInstant = PlanningClock.At(since, schedule.DigestTime, reader.Zone);
        var views = reader.Plans
            .Where(p => p.Plan.InDigestSpan(day))
            .OrderBy(p => p.Role)
            .ThenBy(p => p.Plan.Rep.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Plan.Pip.Id, StringComparer.Ordinal)
            .Select(p => View(p.Plan, p.Role, day, since, sinceInstant, clock.Now))
            .ToArray();
        if (views.Length == 0)
        {
            return null;
        }

        return new PlannedNotification
        {
            Kind = NotificationKind.ManagerDigest,
            IdempotencyKey = NotificationKeys.Digest(reader.Person.UserId, day),
            To = [reader.Person],
            PipIds = [.. views.Select(v => v.Pip.Id)],
            LocalDay = day,
            Period = DateRange.OneDay(day),
            ExpiresAt = PlanningClock.At(day, schedule.DigestLatestTime, reader.Zone),
            Plans = views,
        };
    }

    /// <summary>
    /// What changed since the reader's previous digest day. A plan's first digest has no previous one: it describes
    /// every amendment and milestone so far and reports no status change.
    /// </summary>
    private static PlanView View(PlanFacts plan, ViewerRole role, DateOnly day, DateOnly since, DateTimeOffset sinceInstant, DateTimeOffset now)
    {
        var first = since < plan.Pip.Start;
        return plan.View(day, role) with
        {
            NewAmendments = [.. plan.Pip.Amendments
                .Where(a => a.EffectiveDate <= day && (first || a.EffectiveDate > since))
                .OrderBy(a => a.EffectiveDate)],
            NewMilestones = [.. plan.Input.Milestones
                .Where(m => m.FiredAt <= now && (first || m.FiredAt >= sinceInstant))
                .OrderBy(m => m.FiredAt)
                .ThenBy(m => m.Milestone.Key, StringComparer.Ordinal)],
            StatusChanges = first ? [] : StatusChanges(plan, since),
        };
    }

    private static StatusChange[] StatusChanges(PlanFacts plan, DateOnly since)
    {
        if (plan.Evaluation is not { } evaluation)
        {
            return [];
        }

        var changes = new List<StatusChange>();
        foreach (var target in evaluation.Targets)
        {
            StatusOnDay? before = null;
            foreach (var row in plan.Input.StatusHistory)
            {
                if (row.TargetId == target.TargetId && row.Day <= since && (before is null || row.Day > before.Day))
                {
                    before = row;
                }
            }

            if (before is not null && before.Status != target.Status)
            {
                changes.Add(new StatusChange(target.TargetId, before.Status, target.Status));
            }
        }

        return [.. changes];
    }

    private sealed record Reader(PersonRef Person, TimeZoneInfo Zone, List<(PlanFacts Plan, ViewerRole Role)> Plans);
}
