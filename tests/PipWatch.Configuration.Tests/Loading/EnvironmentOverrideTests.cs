using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Settings;
using PipWatch.Configuration.Tests.Infrastructure;

namespace PipWatch.Configuration.Tests.Loading;

public sealed class EnvironmentOverrideTests
{
    private static LoadedConfiguration Load(TempConfigDirectory dir, params (string Name, string? Value)[] environment) =>
        ConfigurationLoader.Load(dir.Path, environment.ToDictionary(e => e.Name, e => e.Value));

    [Fact]
    public void Override_Replaces_A_Value_From_The_File()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pipwatch.yaml", SampleConfig.Salesforce + "thresholds:\n  at_risk_pace: 0.9\n" + SampleConfig.Metrics);

        var loaded = Load(dir, ("PIPWATCH__Thresholds__AtRiskPace", "0.85"));

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Thresholds.AtRiskPace.ShouldBe(0.85);
    }

    [Theory]
    [InlineData("PIPWATCH__Thresholds__AtRiskPace")]
    [InlineData("PIPWATCH__THRESHOLDS__AT_RISK_PACE")]
    [InlineData("pipwatch__thresholds__at_risk_pace")]
    public void Override_Names_Ignore_Case_And_Underscores(string name)
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var loaded = Load(dir, (name, "0.8"));

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Thresholds.AtRiskPace.ShouldBe(0.8);
    }

    [Fact]
    public void Override_Creates_A_Section_The_File_Leaves_Out()
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var loaded = Load(dir,
            ("PIPWATCH__Email__Smtp__Host", "smtp.acme.example"),
            ("PIPWATCH__Email__Smtp__Port", "465"),
            ("PIPWATCH__Email__Smtp__Security", "ssl_on_connect"),
            ("PIPWATCH__Email__Smtp__Username", "pipwatch"),
            ("PIPWATCH__Email__Smtp__Password", "not-read-by-validate"));

        loaded.SettingsProblems.ShouldBeEmpty();
        var smtp = loaded.Settings!.Email.Smtp.ShouldNotBeNull();
        smtp.Host.ShouldBe("smtp.acme.example");
        smtp.Port.ShouldBe(465);
        smtp.Security.ShouldBe(SmtpSecurity.SslOnConnect);
        // A secret given through an override is a reference to that variable, never a value in the settings.
        smtp.Password.ShouldBe(new SecretReference("PIPWATCH__Email__Smtp__Password", null));
    }

    [Fact]
    public void Override_Writes_A_List_Comma_Separated()
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var loaded = Load(dir, ("PIPWATCH__Calendar__WorkingDays", "monday, tuesday,wednesday,thursday"));

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Calendar.WorkingDays.Count.ShouldBe(4);
        loaded.Settings.Calendar.WorkingDays.ShouldNotContain(DayOfWeek.Friday);
    }

    [Fact]
    public void Override_Reaches_Into_The_Metric_Catalogue()
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var loaded = Load(dir, ("PIPWATCH__Metrics__Calls__Filter", "TaskSubtype = 'Call' AND IsClosed = true"));

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Metrics["calls"].ShouldBeOfType<Core.Metrics.QueryMetric>().Filter.ShouldBe("TaskSubtype = 'Call' AND IsClosed = true");
    }

    [Fact]
    public void Override_Of_One_Secret_Kind_Replaces_The_Other()
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var loaded = Load(dir, ("PIPWATCH__Salesforce__PrivateKey__Env", "SALESFORCE_KEY_PEM"));

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Salesforce.PrivateKey.ShouldBe(new SecretReference("SALESFORCE_KEY_PEM", null));
    }

    [Fact]
    public void Empty_Override_Restores_The_Default()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pipwatch.yaml", SampleConfig.Salesforce + "email:\n  ops_address: ops@acme.example\n" + SampleConfig.Metrics);

        var loaded = Load(dir, ("PIPWATCH__Email__OpsAddress", ""));

        loaded.SettingsProblems.ShouldBeEmpty();
        loaded.Settings!.Email.OpsAddress.ShouldBeNull();
    }

    [Fact]
    public async Task Bad_Override_Value_Names_The_Variable()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var environment = new Dictionary<string, string?> { ["PIPWATCH__Thresholds__AtRiskPace"] = "high" };

        var run = await CliRun.ValidateAsync(dir.Path, environment);

        run.ExitCode.ShouldBe(2);
        run.OutputLines.ShouldContain("PIPWATCH__Thresholds__AtRiskPace: thresholds.at_risk_pace: 'high' is not a number");
    }

    [Fact]
    public async Task Misspelt_Override_Names_The_Variable_And_Suggests_The_Key()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var environment = new Dictionary<string, string?> { ["PIPWATCH__Server__HelthPort"] = "9090" };

        var run = await CliRun.ValidateAsync(dir.Path, environment);

        run.ExitCode.ShouldBe(2);
        run.OutputLines.ShouldContain("PIPWATCH__Server__HelthPort: server.helth_port: unknown key 'helth_port': did you mean 'health_port'?");
    }

    [Fact]
    public async Task Override_Below_A_Single_Value_Is_Reported()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var environment = new Dictionary<string, string?> { ["PIPWATCH__Salesforce__ClientId__Value"] = "x" };

        var run = await CliRun.ValidateAsync(dir.Path, environment);

        run.ExitCode.ShouldBe(2);
        run.OutputLines.ShouldContain(l => l.StartsWith("PIPWATCH__Salesforce__ClientId__Value: salesforce.client_id: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Variables_Without_The_Double_Underscore_Prefix_Are_Ignored()
    {
        using var dir = TempConfigDirectory.WithValidBase();

        var loaded = Load(dir, ("PIPWATCH_CONFIG", "/elsewhere"), ("PIPWATCH_TEST_POSTGRES", "Host=x"), ("THRESHOLDS__AT_RISK_PACE", "7"));

        loaded.SettingsProblems.ShouldBeEmpty();
    }
}
