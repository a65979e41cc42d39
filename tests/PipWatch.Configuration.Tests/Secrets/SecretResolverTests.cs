using PipWatch.Configuration.Secrets;
using PipWatch.Configuration.Settings;
using PipWatch.Configuration.Tests.Infrastructure;

namespace PipWatch.Configuration.Tests.Secrets;

public sealed class SecretResolverTests
{
    [Fact]
    public void Resolve_Reads_An_Environment_Variable()
    {
        var resolver = new SecretResolver(new Dictionary<string, string?> { ["SMTP_PASSWORD"] = "s3cret value" });

        resolver.Resolve(new SecretReference("SMTP_PASSWORD", null)).ShouldBe("s3cret value");
    }

    [Fact]
    public void Resolve_Reads_A_File_Without_Its_Trailing_Newline()
    {
        using var dir = new TempConfigDirectory();
        var file = dir.Write("secrets/key.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        var value = new SecretResolver(new Dictionary<string, string?>()).Resolve(new SecretReference(null, file));

        value.ShouldBe("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----");
    }

    [Fact]
    public void Resolve_Keeps_Trailing_Spaces_That_Belong_To_The_Secret()
    {
        using var dir = new TempConfigDirectory();
        var file = dir.Write("secrets/password", "pass word \r\n");

        new SecretResolver(new Dictionary<string, string?>()).Resolve(new SecretReference(null, file)).ShouldBe("pass word ");
    }

    [Fact]
    public void Resolve_Unset_Variable_Says_So()
    {
        var resolver = new SecretResolver(new Dictionary<string, string?>());

        var ex = Should.Throw<SecretUnavailableException>(() => resolver.Resolve(new SecretReference("PIPWATCH_SMTP_PASSWORD", null)));

        ex.Message.ShouldBe("environment variable PIPWATCH_SMTP_PASSWORD is not set");
    }

    [Fact]
    public void Resolve_Empty_Variable_Says_So()
    {
        var resolver = new SecretResolver(new Dictionary<string, string?> { ["PIPWATCH_SMTP_PASSWORD"] = "" });

        resolver.TryResolve(new SecretReference("PIPWATCH_SMTP_PASSWORD", null), out var value, out var error).ShouldBeFalse();

        value.ShouldBeNull();
        error.ShouldBe("environment variable PIPWATCH_SMTP_PASSWORD is empty");
    }

    [Fact]
    public void Resolve_Missing_File_Names_The_File()
    {
        using var dir = new TempConfigDirectory();
        var file = dir.FileOf("secrets/missing.key");

        var ex = Should.Throw<SecretUnavailableException>(() => new SecretResolver(new Dictionary<string, string?>()).Resolve(new SecretReference(null, file)));

        ex.Message.ShouldStartWith($"file {file} cannot be read: ");
    }

    [Fact]
    public void Resolve_Empty_File_Says_So()
    {
        using var dir = new TempConfigDirectory();
        var file = dir.Write("secrets/empty", "\n");

        var ex = Should.Throw<SecretUnavailableException>(() => new SecretResolver(new Dictionary<string, string?>()).Resolve(new SecretReference(null, file)));

        ex.Message.ShouldBe($"file {file} is empty");
    }

    [Fact]
    public void SecretReference_ToString_Names_Only_The_Reference()
    {
        new SecretReference("PIPWATCH_SMTP_PASSWORD", null).ToString().ShouldBe("environment variable PIPWATCH_SMTP_PASSWORD");
        new SecretReference(null, "/run/secrets/key").ToString().ShouldBe("file /run/secrets/key");
    }
}
