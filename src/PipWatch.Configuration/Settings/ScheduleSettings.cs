namespace PipWatch.Configuration.Settings;

/// <summary>When jobs run and when people hear from PipWatch (local times are each recipient's own).</summary>
public sealed record ScheduleSettings
{
    /// <summary>Cron (UTC) for poll-and-evaluate.</summary>
    public string PollCron { get; init; } = "*/30 * * * *";

    /// <summary>Cron (UTC) for planning notifications.</summary>
    public string PlanCron { get; init; } = "*/15 * * * *";

    /// <summary>Cron (UTC) for the outbox sweep.</summary>
    public string DeliverCron { get; init; } = "* * * * *";

    public TimeOnly ManagerDigestTime { get; init; } = new(8, 0);

    /// <summary>After this local time a day's digest expires instead of arriving late.</summary>
    public TimeOnly ManagerDigestLatestTime { get; init; } = new(20, 0);

    public DayOfWeek RepWeeklyDay { get; init; } = DayOfWeek.Monday;

    public TimeOnly RepWeeklyTime { get; init; } = new(8, 30);
}
