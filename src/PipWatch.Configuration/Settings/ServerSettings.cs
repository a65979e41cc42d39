namespace PipWatch.Configuration.Settings;

/// <summary>The worker's HTTP side: health endpoints (and /metrics, see <see cref="TelemetrySettings"/>), the optional Hangfire dashboard.</summary>
public sealed record ServerSettings
{
    public int HealthPort { get; init; } = 8080;

    public bool DashboardEnabled { get; init; }

    public string? DashboardUsername { get; init; }

    public SecretReference? DashboardPassword { get; init; }

    public bool DashboardReadOnly { get; init; } = true;
}
