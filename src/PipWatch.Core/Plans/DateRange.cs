namespace PipWatch.Core.Plans;

/// <summary>An inclusive range of local days.</summary>
public readonly record struct DateRange(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly day) => day >= First && day <= Last;

    public static DateRange OneDay(DateOnly day) => new(day, day);
}
