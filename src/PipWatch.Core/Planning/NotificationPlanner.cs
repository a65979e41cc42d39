namespace PipWatch.Core.Planning;

/// <summary>
/// Decides who is due which notification at an instant, in each recipient's own time zone. Pure and deterministic:
/// no clock and no I/O. Run it as often as you like: the same occurrence always yields the same idempotency key, and
/// nothing is planned after its window (a digest after its latest time is simply not planned: that day is lost).
/// </summary>
public static class NotificationPlanner
{
    /// <summary>Every notification due at <see cref="PlanningInput.Now"/>, ordered by idempotency key.</summary>
    /// <exception cref="ArgumentException">The input is inconsistent; the message names the plan and person concerned.</exception>
    public static IReadOnlyList<PlannedNotification> Plan(PlanningInput input)
    {
        Validate(input);
        var clock = new PlanningClock(input.Now);
        var plans = input.Plans.Select(p => new PlanFacts(p, input, clock)).ToArray();
        var notes = new List<PlannedNotification>();
        DigestPlanner.Plan(plans, input, clock, notes);
        foreach (var plan in plans)
        {
            RepNotePlanner.Plan(plan, notes);
            ManagerNotePlanner.Plan(plan, notes);
            AtRiskPlanner.Plan(plan, notes);
        }

        return [.. notes.OrderBy(n => n.IdempotencyKey, StringComparer.Ordinal)];
    }

    private static void Validate(PlanningInput input)
    {
        var schedule = input.Schedule;
        if (schedule.DigestLatestTime <= schedule.DigestTime)
        {
            throw new ArgumentException(
                $"The schedule's latest digest time {schedule.DigestLatestTime:HH\\:mm} must be later than the digest time {schedule.DigestTime:HH\\:mm}.",
                nameof(input));
        }

        if (input.Calendar.WorkingDays.Count == 0)
        {
            throw new ArgumentException("The company calendar has no working days; at least one weekday must be worked.", nameof(input));
        }

        if (input.Thresholds.CooldownWorkingDays < 0 || input.Thresholds.EndingSoonWorkingDays < 0)
        {
            throw new ArgumentException(
                $"Thresholds: the cooldown ({input.Thresholds.CooldownWorkingDays}) and the ending-soon notice ({input.Thresholds.EndingSoonWorkingDays}) must be zero or more working days.",
                nameof(input));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in input.Plans)
        {
            if (!seen.Add(plan.Pip.Id))
            {
                throw new ArgumentException($"Plan '{plan.Pip.Id}' is given twice; each plan must appear once.", nameof(input));
            }
        }
    }
}
