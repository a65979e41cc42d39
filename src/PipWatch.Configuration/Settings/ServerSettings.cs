namespace PipWatch.Configuration.Settings;

/// <summary>The worker's HTTP side: health endpoints, the optional Hangfire dashboard, metrics.</summary>
public sealed record ServerSettings
{
    public int HealthPort { get; init; } = 8080;

    public bool DashboardEnabled { get; init; }

    public string? DashboardUsername { get; init; }

    public SecretReference? DashboardPassword { get; init; }

    public bool DashboardReadOnly { get; init; } = true;

    /// <summary>Expose OpenTelemetry metrics for Prometheus at /metrics on the health port.</summary>
    public bool PrometheusEnabled { get; init; } = true;

    /// <summary>Optional OTLP endpoint for metrics and traces.</summary>
    public Uri? OtlpEndpoint { get; init; }
}
