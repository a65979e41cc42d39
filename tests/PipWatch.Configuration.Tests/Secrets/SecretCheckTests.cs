using System.Security.Cryptography;
using PipWatch.Configuration.Tests.Infrastructure;

namespace PipWatch.Configuration.Tests.Secrets;

/// <summary><c>validate --check-secrets</c> reads every referenced secret, so ops learn of a missing mount before start-up does.</summary>
public sealed class SecretCheckTests
{
    [Fact]
    public async Task Check_Secrets_Passes_When_Every_Reference_Resolves()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        using var rsa = RSA.Create(2048);
        var keyFile = dir.Write("secrets/salesforce.key", rsa.ExportPkcs8PrivateKeyPem() + "\n");
        dir.Write("pipwatch.yaml", Settings(keyFile));
        var environment = new Dictionary<string, string?> { ["PIPWATCH_SMTP_PASSWORD"] = "correct horse battery staple" };

        var run = await CliRun.InvokeAsync(environment, "validate", "--check-secrets", "--config", dir.Path);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
    }

    [Fact]
    public async Task Check_Secrets_Reports_Missing_Secrets_With_Key_And_Line()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var keyFile = dir.FileOf("secrets/not-mounted.key");
        var file = dir.Write("pipwatch.yaml", Settings(keyFile));

        var run = await CliRun.InvokeAsync(null, "validate", "--check-secrets", "--config", dir.Path);

        run.ExitCode.ShouldBe(2);
        run.OutputLines.ShouldContain(l => l.StartsWith($"{file}:4: salesforce.private_key: file {keyFile} cannot be read: ", StringComparison.Ordinal));
        run.OutputLines.ShouldContain($"{file}:9: email.smtp.password: environment variable PIPWATCH_SMTP_PASSWORD is not set");
    }

    [Fact]
    public async Task Without_Check_Secrets_Validate_Does_Not_Read_Them()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pipwatch.yaml", Settings(dir.FileOf("secrets/not-mounted.key")));

        var run = await CliRun.ValidateAsync(dir.Path);

        run.ExitCode.ShouldBe(0, run.Output);
    }

    [Fact]
    public async Task Check_Secrets_Rejects_A_Private_Key_That_Is_Not_Pem()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var keyFile = dir.Write("secrets/salesforce.key", "this is not a key\n");
        var file = dir.Write("pipwatch.yaml", Settings(keyFile));
        var environment = new Dictionary<string, string?> { ["PIPWATCH_SMTP_PASSWORD"] = "x" };

        var run = await CliRun.InvokeAsync(environment, "validate", "--check-secrets", "--config", dir.Path);

        run.ExitCode.ShouldBe(2);
        run.OutputLines.ShouldContain($"{file}:4: salesforce.private_key: file {keyFile} does not hold a PEM RSA private key (-----BEGIN PRIVATE KEY----- ...)");
    }

    private static string Settings(string keyFile) => $$"""
        salesforce:
          client_id: 3MVG9TestConsumerKey
          username: pipwatch@acme.example
          private_key: { file: {{keyFile}} }
        email:
          smtp:
            host: smtp.acme.example
            username: pipwatch
            password: { env: PIPWATCH_SMTP_PASSWORD }

        """ + SampleConfig.Metrics;
}
