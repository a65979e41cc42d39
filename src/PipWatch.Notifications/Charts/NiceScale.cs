namespace PipWatch.Notifications.Charts;

/// <summary>A value axis with round tick steps (1, 2, 2.5 or 5 times a power of ten) that covers the data.</summary>
internal sealed record NiceScale(double Min, double Max, double Step)
{
    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max / Step) - (Min / Step));
        for (var i = 0; i <= count; i++)
        {
            yield return Min + (i * Step);
        }
    }

    /// <summary>
    /// A scale from <paramref name="low"/> to <paramref name="high"/> with at most about <paramref name="maxTicks"/>
    /// ticks. Equal bounds (a flat line, a single point) get room around them rather than a zero-height axis.
    /// </summary>
    /// <param name="wholeSteps">For counts: never a step below 1, so no axis reads "0.25 calls".</param>
    public static NiceScale Covering(double low, double high, bool wholeSteps = false, int maxTicks = 5)
    {
        if (high < low)
        {
            (low, high) = (high, low);
        }

        if (high - low <= Math.Max(Math.Abs(high), Math.Abs(low)) * 1e-9)
        {
            var pad = low == 0 ? 1 : Math.Abs(low) * 0.5;
            low = low >= 0 && low - pad < 0 ? 0 : low - pad;
            high += pad;
        }

        // Halves first, so ±1e308 does not overflow to infinity.
        var span = (high / 2) - (low / 2);
        var rough = span * 2 / Math.Max(1, maxTicks - 1);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(factor => factor * power).First(candidate => candidate >= rough);
        if (double.IsInfinity(step))
        {
            step = double.MaxValue / 4;
        }

        if (wholeSteps)
        {
            step = Math.Max(1, step);
        }

        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        return new NiceScale(min, max, step);
    }
}
