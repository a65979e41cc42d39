namespace PipWatch.Demo;

/// <summary>
/// Typical daily figures for the metrics of the demo catalogue, roughly what an SMB sales floor logs. A metric
/// the table does not know gets one record a day, so a catalogue extended by hand still has data.
/// </summary>
public static class DemoMetricProfiles
{
    private static readonly DemoMetricProfile Unknown = new("", 1, 1);

    private static readonly Dictionary<string, DemoMetricProfile> ByMetric = new DemoMetricProfile[]
    {
        new("calls", 14, 6),
        new("emails", 24, 16),
        new("accounts_touched", 12, 8),
        new("meetings_booked", 1.1, 0.4),
        new("meetings_held", 0.7, 1.3),

        // Opportunities created and pipeline created read the same records, so they share one rate.
        new("opps_created", 0.25, 0.5),
        new("pipeline_created", 0.25, 0.5, SdrValue: 9_000, AeValue: 14_000),
        new("closed_won", 0.02, 0.25, SdrValue: 5_000, AeValue: 7_000),
        new("call_score", 8, 4, SdrValue: 72, AeValue: 72),
    }.ToDictionary(p => p.Metric, StringComparer.Ordinal);

    public static bool IsKnown(string metric) => ByMetric.ContainsKey(metric);

    public static DemoMetricProfile For(string metric) => ByMetric.GetValueOrDefault(metric, Unknown);
}
