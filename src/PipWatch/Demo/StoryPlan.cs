using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;

namespace PipWatch.Demo;

/// <summary>A demo plan as the generator drives it: its dates, paused days and what shapes each metric family.</summary>
internal sealed class StoryPlan(Pip pip, DateOnly finalEnd, IReadOnlyDictionary<string, FamilyDriver> drivers)
{
    public Pip Pip => pip;

    public DateOnly Start => pip.Start;

    /// <summary>The end date once every amendment applies: story curves run from the start to here.</summary>
    public DateOnly FinalEnd => finalEnd;

    /// <summary>By metric family key.</summary>
    public IReadOnlyDictionary<string, FamilyDriver> Drivers => drivers;

    /// <summary>Where a day falls on the plan's timeline: 0 at the start, 1 at the final end, below 0 before.</summary>
    public double Progress(DateOnly day) =>
        (day.DayNumber - Start.DayNumber) / (double)Math.Max(1, FinalEnd.DayNumber - Start.DayNumber);

    public bool IsPaused(DateOnly day) => pip.PausedDays.Any(r => r.Contains(day));
}

internal enum DriverKind
{
    /// <summary>A count or sum goal sets how many records the family has each working day.</summary>
    Records,

    /// <summary>An average goal sets the typical value of each record (e.g. a call score).</summary>
    Quality,

    /// <summary>A ratio goal sets the numerator's records from the denominator's.</summary>
    Ratio,
}

/// <param name="Base">Records per working day (Records), a record's value (Quality) or the ratio (Ratio) when on goal.</param>
/// <param name="Denominator">Ratio: the metric divided by.</param>
/// <param name="ValuePerRecord">Ratio: what one numerator record adds (1 for counts, the typical amount for sums).</param>
internal sealed record FamilyDriver(DriverKind Kind, double Base, StoryCurve Curve, QueryMetric? Denominator = null, double ValuePerRecord = 1);
