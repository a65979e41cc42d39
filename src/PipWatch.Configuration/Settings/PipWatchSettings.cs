using PipWatch.Core.Metrics;
using PipWatch.Core.Settings;

namespace PipWatch.Configuration.Settings;

/// <summary>Everything in <c>pipwatch.yaml</c>, after environment overrides, checked and with defaults filled in.</summary>
public sealed record PipWatchSettings
{
    public SalesforceSettings Salesforce { get; init; } = new();

    public StorageSettings Storage { get; init; } = new();

    public EmailSettings Email { get; init; } = new();

    public ScheduleSettings Schedules { get; init; } = new();

    public Thresholds Thresholds { get; init; } = new();

    public CalendarSettings Calendar { get; init; } = new();

    public RealismSettings Realism { get; init; } = new();

    public ServerSettings Server { get; init; } = new();

    public TelemetrySettings Telemetry { get; init; } = new();

    /// <summary>The metric catalogue by name.</summary>
    public IReadOnlyDictionary<string, MetricDefinition> Metrics { get; init; } = new Dictionary<string, MetricDefinition>();
}
