using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Settings;
using PipWatch.Configuration.Tests.Infrastructure;

namespace PipWatch.Configuration.Tests.Loading;

/// <summary>The telemetry section: its defaults, its keys, and the standard OTEL_* variables that fill what it leaves unset.</summary>
public sealed class TelemetrySettingsTests
{
    private static LoadedConfiguration Load(TempConfigDirectory dir, params (string Name, string? Value)[] environment) =>
        ConfigurationLoader.Load(dir.Path, environment.ToDictionary(e => e.Name, e => e.Value));

    private static TempConfigDirectory WithTelemetry(params string[] lines)
    {
        var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pipwatch.yaml", SampleConfig.Salesforce + InvalidConfigurationCase.Y(["telemetry:", .. lines]) + SampleConfig.Metrics);
        return dir;
    }

    [Fact]
    public void Missing_Section_Serves_Prometheus_And_Exports_Nothing_Over_Otlp()
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var telemetry = Load(dir).Settings!.Telemetry;

        telemetry.ShouldBe(new TelemetrySettings());
        telemetry.PrometheusEnabled.ShouldBeTrue();
        telemetry.OtlpEndpoint.ShouldBeNull();
        telemetry.OtlpProtocol.ShouldBe(OtlpProtocol.Grpc);
        telemetry.ServiceName.ShouldBe("pipwatch");
    }

    [Fact]
    public void Every_Key_Binds()
    {
        using var dir = WithTelemetry(
            "  prometheus_enabled: false",
            "  otlp_endpoint: https://otel-collector.monitoring:4318",
            "  otlp_protocol: http_protobuf",
            "  service_name: pipwatch-eu.prod");

        var loaded = Load(dir);

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Telemetry.ShouldBe(new TelemetrySettings
        {
            PrometheusEnabled = false,
            OtlpEndpoint = new Uri("https://otel-collector.monitoring:4318"),
            OtlpProtocol = OtlpProtocol.HttpProtobuf,
            ServiceName = "pipwatch-eu.prod",
        });
    }

    [Theory]
    [InlineData("grpc", OtlpProtocol.Grpc)]
    [InlineData("http_protobuf", OtlpProtocol.HttpProtobuf)]
    [InlineData("http/protobuf", OtlpProtocol.HttpProtobuf)]
    public void Protocol_Accepts_The_Key_And_The_OpenTelemetry_Spelling(string written, OtlpProtocol expected)
    {
        using var dir = WithTelemetry("  otlp_endpoint: http://otel-collector:4317", $"  otlp_protocol: {written}");

        var loaded = Load(dir);

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Telemetry.OtlpProtocol.ShouldBe(expected);
    }

    [Fact]
    public void OpenTelemetry_Variables_Fill_The_Keys_The_File_Leaves_Unset()
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var loaded = Load(dir,
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4318"),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            ("OTEL_SERVICE_NAME", "pipwatch-staging"));

        loaded.SettingsProblems.ShouldBeEmpty();
        var telemetry = loaded.Settings!.Telemetry;
        telemetry.OtlpEndpoint.ShouldBe(new Uri("http://otel-collector:4318"));
        telemetry.OtlpProtocol.ShouldBe(OtlpProtocol.HttpProtobuf);
        telemetry.ServiceName.ShouldBe("pipwatch-staging");
        telemetry.PrometheusEnabled.ShouldBeTrue();
    }

    [Fact]
    public void File_And_PipWatch_Overrides_Win_Over_OpenTelemetry_Variables()
    {
        using var dir = WithTelemetry("  otlp_endpoint: http://from-file:4317");

        var loaded = Load(dir,
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://from-otel-variable:4317"),
            ("OTEL_SERVICE_NAME", "from-otel-variable"),
            ("PIPWATCH__Telemetry__ServiceName", "from-pipwatch-override"));

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Telemetry.OtlpEndpoint.ShouldBe(new Uri("http://from-file:4317"));
        loaded.Settings.Telemetry.ServiceName.ShouldBe("from-pipwatch-override");
    }

    [Fact]
    public async Task Bad_OpenTelemetry_Variable_Is_Reported_With_Its_Name_And_The_Key()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var environment = new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "otel-collector:4317" };

        var run = await CliRun.ValidateAsync(dir.Path, environment);

        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.OutputLines.ShouldContain(
            "OTEL_EXPORTER_OTLP_ENDPOINT: telemetry.otlp_endpoint: 'otel-collector:4317' is not a collector address: write it in full, e.g. http://otel-collector:4317");
    }

    [Fact]
    public void Shipped_File_Leaves_The_Collector_To_The_Environment()
    {
        var loaded = ConfigurationLoader.Load(PipWatch.Testing.RepositoryPaths.ConfigDirectory,
            new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://otel-collector:4317", ["OTEL_SERVICE_NAME"] = "pipwatch-prod" });

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Telemetry.ShouldBe(new TelemetrySettings
        {
            OtlpEndpoint = new Uri("http://otel-collector:4317"),
            ServiceName = "pipwatch-prod",
        });
    }
}
