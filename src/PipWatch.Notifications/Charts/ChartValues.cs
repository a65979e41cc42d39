namespace PipWatch.Notifications.Charts;

/// <summary>Checks chart values and keeps them inside what the drawing code can map to pixels.</summary>
internal static class ChartValues
{
    // Beyond this the axis arithmetic overflows; nothing real in a sales plan gets near it.
    private const double Limit = 1e300;

    public static double Drawable(double value) => Math.Clamp(value, -Limit, Limit);

    /// <summary>Throws when a value is NaN or infinite, naming the chart and the field.</summary>
    public static void RequireFinite(double value, string chart, string field)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"The {chart} chart's {field} is {value}; chart values must be finite numbers.", field);
        }
    }
}
