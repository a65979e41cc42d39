using PipWatch.Core.Plans;

namespace PipWatch.Salesforce.Metrics;

/// <summary>Which local days a poll reads for one plan.</summary>
public static class PollWindow
{
    /// <summary>Reps log activities late, so every poll re-reads this many days before the watermark.</summary>
    public const int DefaultRestatementDays = 14;

    /// <summary>
    /// The first poll of a plan reads from its start; later polls from the watermark (the last day already read)
    /// minus the restatement window, never before the plan's start, up to <paramref name="today"/>.
    /// Null when the plan has not started yet.
    /// </summary>
    public static DateRange? Compute(DateOnly planStart, DateOnly? watermark, DateOnly today, int restatementDays = DefaultRestatementDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(restatementDays);
        var first = watermark is { } mark && mark.AddDays(-restatementDays) > planStart
            ? mark.AddDays(-restatementDays)
            : planStart;
        return first > today ? null : new DateRange(first, today);
    }

    /// <summary>Today in the rep's own zone.</summary>
    public static DateOnly Today(TimeProvider timeProvider, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone).DateTime);
}
