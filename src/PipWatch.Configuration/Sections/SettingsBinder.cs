using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Settings;

namespace PipWatch.Configuration.Sections;

/// <summary>Binds the whole of <c>pipwatch.yaml</c>, one section at a time, collecting every problem.</summary>
internal static class SettingsBinder
{
    public static (PipWatchSettings Settings, MetricCatalogue Metrics) Bind(MappingReader root)
    {
        var metrics = MetricsSection.Read(root.OptionalSection("metrics"));
        var settings = new PipWatchSettings
        {
            Salesforce = SalesforceSection.Read(root.Section("salesforce")),
            Storage = StorageSection.Read(root.Section("storage")),
            Email = EmailSection.Read(root.Section("email")),
            Schedules = ScheduleSection.Read(root.Section("schedules")),
            Thresholds = ThresholdsSection.Read(root.Section("thresholds")),
            Calendar = CalendarSection.Read(root.Section("calendar")),
            Realism = RealismSection.Read(root.Section("realism")),
            Server = ServerSection.Read(root.Section("server")),
            Telemetry = TelemetrySection.Read(root.Section("telemetry")),
            Metrics = metrics.Definitions,
        };

        if (!root.Has("metrics"))
        {
            root.ReportMissing("metrics", "the metric catalogue (calls, meetings_held, ...) that PIP targets refer to");
        }

        root.Finish();
        return (settings, metrics);
    }
}
