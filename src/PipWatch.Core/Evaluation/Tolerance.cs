namespace PipWatch.Core.Evaluation;

/// <summary>
/// Comparisons that forgive floating-point noise, so that a goal reached exactly (or a pace exactly on a threshold)
/// is never judged as a miss because a sum came out a hair low.
/// </summary>
internal static class Tolerance
{
    private const double Relative = 1e-9;

    public static bool AtLeast(double value, double threshold) => value >= threshold - Slack(threshold);

    public static bool AtMost(double value, double threshold) => value <= threshold + Slack(threshold);

    public static bool Below(double value, double threshold) => !AtLeast(value, threshold);

    private static double Slack(double threshold) => Relative * Math.Max(1, Math.Abs(threshold));
}
