using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Secrets;
using PipWatch.Configuration.Settings;
using PipWatch.Configuration.Tests.Infrastructure;

namespace PipWatch.Configuration.Tests.Secrets;

/// <summary>A secret must not reach any output, whichever way it is supplied and whatever goes wrong around it.</summary>
public sealed class SecretLeakTests
{
    private static readonly string s_secret = "Zq8-hunter2-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Secret_Never_Appears_In_Validate_Output()
    {
        // Arrange: the secret sits in an environment variable, in a file, in an override and (wrongly) in the YAML.
        using var dir = TempConfigDirectory.WithValidBase();
        var keyFile = dir.Write("secrets/salesforce.key", s_secret + "\n");
        var file = dir.Write("pipwatch.yaml", $$"""
            salesforce:
              client_id: 3MVG9TestConsumerKey
              username: pipwatch@acme.example
              private_key: { file: {{keyFile}} }
              client_secret: {{s_secret}}
              refresh_token: { env: "{{s_secret}}!" }
            email:
              smtp:
                host: smtp.acme.example
                port: 99999
                username: pipwatch
                password: { env: PIPWATCH_TEST_SMTP_PASSWORD }
            server:
              dashboard_enabled: true
              dashboard_username: ops
              dashboard_password: { file: {{dir.FileOf("secrets")}} }

            """ + SampleConfig.Metrics);
        var environment = new Dictionary<string, string?>
        {
            ["PIPWATCH_TEST_SMTP_PASSWORD"] = s_secret,
            ["PIPWATCH__Storage__PostgresConnectionString"] = $"Host=db;Password={s_secret}",
            ["PIPWATCH__Email__Smtp__Timeout"] = "forever",
        };

        // Act
        var plain = await CliRun.ValidateAsync(dir.Path, environment);
        var checkingSecrets = await CliRun.InvokeAsync(environment, "validate", "--check-secrets", "--config", dir.Path);

        // Assert: the error paths did run...
        checkingSecrets.ExitCode.ShouldBe(2);
        checkingSecrets.OutputLines.ShouldContain($"{file}:5: salesforce.client_secret: {SecretReaderMessage}");
        checkingSecrets.OutputLines.ShouldContain(l => l.StartsWith($"{file}:6: salesforce.refresh_token.env: ", StringComparison.Ordinal));
        checkingSecrets.OutputLines.ShouldContain(l => l.StartsWith($"{file}:4: salesforce.private_key: file {keyFile} does not hold", StringComparison.Ordinal));
        checkingSecrets.OutputLines.ShouldContain(l => l.StartsWith($"{file}:16: server.dashboard_password: file ", StringComparison.Ordinal));
        checkingSecrets.OutputLines.ShouldContain(l => l.StartsWith("PIPWATCH__Email__Smtp__Timeout: ", StringComparison.Ordinal));
        // ...and none of them shows the secret.
        foreach (var run in new[] { plain, checkingSecrets })
        {
            run.Output.ShouldNotContain(s_secret);
            run.Error.ShouldNotContain(s_secret);
        }
    }

    [Fact]
    public void Secret_Never_Appears_In_Resolver_Errors_Or_Loaded_Settings()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var folderNotFile = dir.FileOf("pips");
        var environment = new Dictionary<string, string?>
        {
            ["PIPWATCH__Email__Smtp__Host"] = "smtp.acme.example",
            ["PIPWATCH__Email__Smtp__Username"] = "pipwatch",
            ["PIPWATCH__Email__Smtp__Password"] = s_secret,
            ["EMPTY"] = "",
        };
        var resolver = new SecretResolver(environment);

        var errors = new[] { new SecretReference("EMPTY", null), new SecretReference("UNSET", null), new SecretReference(null, folderNotFile) }
            .Select(r => resolver.TryResolve(r, out _, out var error) ? "" : error);
        var loaded = ConfigurationLoader.Load(dir.Path, environment);

        errors.ShouldAllBe(e => e.Length > 0 && !e.Contains(s_secret));
        loaded.Settings.ShouldNotBeNull().ToString().ShouldNotContain(s_secret);
        loaded.Settings.Email.Smtp!.Password!.ToString().ShouldBe("environment variable PIPWATCH__Email__Smtp__Password");
    }

    private const string SecretReaderMessage = "secrets are referenced, not written here: use { env: NAME } or { file: PATH }";
}
