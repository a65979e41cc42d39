namespace PipWatch.Configuration.Settings;

/// <summary>How OTLP data travels to the collector.</summary>
public enum OtlpProtocol
{
    /// <summary>gRPC, usually on port 4317.</summary>
    Grpc,

    /// <summary>Protobuf over HTTP, usually on port 4318 (the signal's path, e.g. /v1/traces, is added to the endpoint).</summary>
    HttpProtobuf,
}

/// <summary>
/// Where the worker's metrics and traces go: Prometheus scrapes /metrics on the health port, and an OpenTelemetry
/// collector receives both over OTLP when an endpoint is set. One-shot commands export nothing.
/// </summary>
public sealed record TelemetrySettings
{
    /// <summary>Serve metrics for Prometheus at /metrics on the health port.</summary>
    public bool PrometheusEnabled { get; init; } = true;

    /// <summary>The collector's base address for metrics and traces; none means no OTLP export.</summary>
    public Uri? OtlpEndpoint { get; init; }

    public OtlpProtocol OtlpProtocol { get; init; } = OtlpProtocol.Grpc;

    /// <summary>The <c>service.name</c> the worker reports itself under.</summary>
    public string ServiceName { get; init; } = "pipwatch";
}
