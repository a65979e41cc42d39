using System.Diagnostics.Metrics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PipWatch.Configuration.Settings;
using PipWatch.Salesforce;
using PipWatch.Telemetry;

namespace PipWatch.Hosting;

/// <summary>
/// The worker's exporters, as the telemetry section says: Prometheus scraping at /metrics on the health port, and
/// OTLP for metrics and traces when a collector is configured. Only <c>pipwatch run</c> calls this.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddPipWatchTelemetry(this IServiceCollection services, TelemetrySettings telemetry)
    {
        if (!telemetry.PrometheusEnabled && telemetry.OtlpEndpoint is null)
        {
            return services;
        }

        var version = typeof(TelemetrySetup).Assembly.GetName().Version?.ToString(3);
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(telemetry.ServiceName, serviceVersion: version))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(PipWatchMetrics.MeterName, SalesforceTelemetry.Name);
                OnlyThisHostsMeters(metrics);
                if (telemetry.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }

                if (telemetry.OtlpEndpoint is { } endpoint)
                {
                    metrics.AddOtlpExporter(otlp => Point(otlp, endpoint, telemetry.OtlpProtocol, "v1/metrics"));
                }
            });
        if (telemetry.OtlpEndpoint is { } collector)
        {
            // System.Net.Http adds a span per Salesforce request (query strings are redacted by .NET).
            builder.WithTracing(tracing => tracing
                .AddSource(PipWatchTracing.SourceName, SalesforceTelemetry.Name, "System.Net.Http")
                .AddOtlpExporter(otlp => Point(otlp, collector, telemetry.OtlpProtocol, "v1/traces")));
        }

        return services;
    }

    /// <summary>
    /// The meters come from this host's <see cref="IMeterFactory"/>, but the SDK picks instruments by meter name from
    /// the whole process; where several hosts share a process (tools, tests) each would count the others' work.
    /// </summary>
    private static void OnlyThisHostsMeters(MeterProviderBuilder metrics)
    {
        if (metrics is IDeferredMeterProviderBuilder deferred)
        {
            deferred.Configure((services, builder) =>
            {
                var own = services.GetRequiredService<IMeterFactory>();
                builder.AddView(instrument => ReferenceEquals(instrument.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop);
            });
        }
    }

    /// <summary>Maps /metrics when Prometheus scraping is on.</summary>
    public static void MapPipWatchMetrics(this IEndpointRouteBuilder endpoints, TelemetrySettings telemetry)
    {
        if (telemetry.PrometheusEnabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        }
    }

    /// <summary>
    /// gRPC takes the collector's address as it is; over HTTP each signal has its own path under it, which the
    /// exporter does not add to an address set in code.
    /// </summary>
    private static void Point(OtlpExporterOptions otlp, Uri endpoint, OtlpProtocol protocol, string signalPath)
    {
        otlp.Protocol = protocol == OtlpProtocol.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        otlp.Endpoint = protocol == OtlpProtocol.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : endpoint;
    }
}
