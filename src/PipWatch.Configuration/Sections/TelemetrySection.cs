using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Settings;

namespace PipWatch.Configuration.Sections;

internal static class TelemetrySection
{
    public static TelemetrySettings Read(MappingReader r)
    {
        var d = new TelemetrySettings();
        var settings = new TelemetrySettings
        {
            PrometheusEnabled = r.Bool("prometheus_enabled", d.PrometheusEnabled),
            OtlpEndpoint = r.Read<Uri?>("otlp_endpoint", null, Endpoint),
            OtlpProtocol = r.Read("otlp_protocol", d.OtlpProtocol, Protocol),
            ServiceName = r.Read("service_name", d.ServiceName, ScalarParsers.String, IsServiceName,
                "is not a service name: use letters, digits, '.', '-' and '_' only, at most 100 characters"),
        };

        r.Finish();
        return settings;
    }

    /// <summary>The collector's base address: http or https, with no query or fragment (a signal's path is added to it).</summary>
    private static bool Endpoint(string text, out Uri? value, out string error)
    {
        if (!ScalarParsers.OptionalWebUrl(text, out value, out _) || value!.Query.Length > 0 || value.Fragment.Length > 0)
        {
            value = null;
            error = $"{ScalarParsers.Quote(text)} is not a collector address: write it in full, e.g. http://otel-collector:4317";
            return false;
        }

        error = "";
        return true;
    }

    /// <summary>Also accepts the spelling of OTEL_EXPORTER_OTLP_PROTOCOL (<c>http/protobuf</c>).</summary>
    private static bool Protocol(string text, out OtlpProtocol value, out string error)
    {
        var known = ScalarParsers.Choice(text.Replace('/', '_'), out value, out _);
        error = $"{ScalarParsers.Quote(text)} is not one of: {string.Join(", ", ScalarParsers.ChoiceNames<OtlpProtocol>())}";
        return known;
    }

    private static bool IsServiceName(string text) =>
        text.Length is > 0 and <= 100 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}
