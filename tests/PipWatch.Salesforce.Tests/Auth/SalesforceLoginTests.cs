using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PipWatch.Configuration.Settings;
using PipWatch.Salesforce.Auth;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Auth;

public sealed class SalesforceLoginTests
{
    private const string AnyQuery = "SELECT COUNT() FROM Contact";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Jwt_Bearer_Assertion_Has_The_Right_Claims_And_Verifies_With_The_Public_Key()
    {
        // Arrange
        using var key = RSA.Create(2048);
        using var publicKey = RSA.Create();
        publicKey.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        var now = new DateTimeOffset(2026, 11, 2, 21, 10, 25, TimeSpan.Zero);
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with { AuthFlow = SalesforceAuthFlow.JwtBearer },
            credentials: new SalesforceCredentials { PrivateKeyPem = key.ExportPkcs8PrivateKeyPem() },
            timeProvider: new FakeTimeProvider(now),
            arrange: f => f.JwtPublicKey = publicKey);

        // Act
        await context.Client.CountAsync(AnyQuery, Token);

        // Assert
        var login = context.Fake.Logins.ShouldHaveSingleItem();
        login.Form["grant_type"].ShouldBe("urn:ietf:params:oauth:grant-type:jwt-bearer");
        var parts = login.Form["assertion"].Split('.');
        parts.Length.ShouldBe(3);
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        header.RootElement.GetProperty("alg").GetString().ShouldBe("RS256");
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        claims.RootElement.GetProperty("iss").GetString().ShouldBe("3MVG9fakeConsumerKey");
        claims.RootElement.GetProperty("sub").GetString().ShouldBe("integration@acme.example");
        claims.RootElement.GetProperty("aud").GetString().ShouldBe(context.Fake.LoginUrl.GetLeftPart(UriPartial.Authority));
        var expires = DateTimeOffset.FromUnixTimeSeconds(claims.RootElement.GetProperty("exp").GetInt64());
        expires.ShouldBeGreaterThan(now);
        (expires - now).ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(3));
        publicKey.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .ShouldBeTrue();
    }

    [Theory]
    [InlineData("https://login.salesforce.com", "https://login.salesforce.com")]
    [InlineData("https://acme.my.salesforce.com", "https://login.salesforce.com")]
    [InlineData("https://test.salesforce.com", "https://test.salesforce.com")]
    [InlineData("https://acme--uat.sandbox.my.salesforce.com", "https://test.salesforce.com")]
    [InlineData("https://partners.acme.com/customers", "https://partners.acme.com")]
    public void Jwt_Audience_Is_The_Authorization_Server(string loginUrl, string audience) =>
        JwtBearerAssertion.AudienceFor(new Uri(loginUrl)).ShouldBe(audience);

    [Fact]
    public async Task Jwt_Signed_With_Another_Key_Fails_With_The_OAuth_Error()
    {
        using var signingKey = RSA.Create(2048);
        using var otherKey = RSA.Create(2048);
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with { AuthFlow = SalesforceAuthFlow.JwtBearer },
            credentials: new SalesforceCredentials { PrivateKeyPem = signingKey.ExportRSAPrivateKeyPem() },
            arrange: f => f.JwtPublicKey = otherKey);

        var error = await Should.ThrowAsync<SalesforceAuthException>(() => context.Client.CountAsync(AnyQuery, Token));

        error.Error.ShouldBe("invalid_grant");
        error.ErrorDescription.ShouldBe("authentication failure");
        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.Message.ShouldContain("JWT bearer");
    }

    [Fact]
    public async Task A_Key_That_Is_Not_Pem_Is_Reported_By_Its_Reference_Only()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with { AuthFlow = SalesforceAuthFlow.JwtBearer, PrivateKey = new SecretReference("SF_KEY", null) },
            credentials: new SalesforceCredentials { PrivateKeyPem = "not-a-key-at-all" });

        var error = await Should.ThrowAsync<SalesforceAuthException>(() => context.Client.CountAsync(AnyQuery, Token));

        error.Message.ShouldContain("environment variable SF_KEY");
        error.Message.ShouldNotContain("not-a-key-at-all");
        context.Fake.LoginCount.ShouldBe(0);
    }

    [Fact]
    public async Task Client_Credentials_Sends_The_Key_And_Secret()
    {
        await using var context = await SalesforceTestContext.StartAsync(credentials: new SalesforceCredentials { ClientSecret = "s3cret" });

        await context.Client.CountAsync(AnyQuery, Token);

        var form = context.Fake.Logins.ShouldHaveSingleItem().Form;
        form["grant_type"].ShouldBe("client_credentials");
        form["client_id"].ShouldBe("3MVG9fakeConsumerKey");
        form["client_secret"].ShouldBe("s3cret");
    }

    [Fact]
    public async Task Refresh_Token_Flow_Sends_The_Refresh_Token()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with { AuthFlow = SalesforceAuthFlow.RefreshToken },
            credentials: new SalesforceCredentials { RefreshToken = "5Aep861refresh" });

        await context.Client.CountAsync(AnyQuery, Token);

        var form = context.Fake.Logins.ShouldHaveSingleItem().Form;
        form["grant_type"].ShouldBe("refresh_token");
        form["refresh_token"].ShouldBe("5Aep861refresh");
        form.ShouldNotContainKey("client_secret");
    }

    [Fact]
    public async Task Username_Password_Works_Only_With_A_Deprecation_Warning()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with { AuthFlow = SalesforceAuthFlow.UsernamePassword },
            credentials: new SalesforceCredentials { ClientSecret = "s", Password = "pw-and-token" });

        await context.Client.CountAsync(AnyQuery, Token);

        context.Fake.Logins.ShouldHaveSingleItem().Form["grant_type"].ShouldBe("password");
        var warning = context.Logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ShouldHaveSingleItem();
        warning.Message.ShouldContain("deprecated");
        warning.Message.ShouldNotContain("pw-and-token");
    }

    [Fact]
    public async Task A_Missing_Secret_Names_The_Setting()
    {
        await using var context = await SalesforceTestContext.StartAsync(credentials: new SalesforceCredentials());

        var error = await Should.ThrowAsync<SalesforceAuthException>(() => context.Client.CountAsync(AnyQuery, Token));

        error.Message.ShouldContain("salesforce.client_secret");
    }

    [Fact]
    public async Task Calls_Go_To_The_Returned_Instance_Url_Not_The_Login_Host()
    {
        await using var context = await SalesforceTestContext.StartAsync();

        await context.Client.CountAsync(AnyQuery, Token);
        await context.Client.CountAsync(AnyQuery, Token);

        context.Fake.LoginUrl.Port.ShouldNotBe(context.Fake.InstanceUrl.Port);
        context.Fake.Requests.Where(r => r.Path.StartsWith("/services/data", StringComparison.Ordinal))
            .ShouldAllBe(r => r.Port == context.Fake.InstanceUrl.Port);
        context.Fake.ApiRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task The_Token_Is_Reused_Across_Calls()
    {
        await using var context = await SalesforceTestContext.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await context.Client.CountAsync(AnyQuery, Token);
        }

        context.Fake.LoginCount.ShouldBe(1);
        context.Session.LoginCount.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_Callers_Share_One_Login()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.LoginDelay = TimeSpan.FromMilliseconds(300));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => context.Client.CountAsync(AnyQuery, Token)));

        context.Fake.LoginCount.ShouldBe(1);
        context.Fake.ApiRequestCount.ShouldBe(20);
    }

    [Fact]
    public async Task An_Expired_Session_Logs_In_Once_And_Repeats_The_Call()
    {
        await using var context = await SalesforceTestContext.StartAsync();
        await context.Client.CountAsync(AnyQuery, Token);
        context.Fake.ExpireTokens();

        var count = await context.Client.CountAsync(AnyQuery, Token);

        count.ShouldBe(0);
        context.Fake.LoginCount.ShouldBe(2);
        context.Fake.ApiRequestCount.ShouldBe(3);
    }

    [Fact]
    public async Task Concurrent_Calls_On_An_Expired_Session_Log_In_Only_Once_More()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.LoginDelay = TimeSpan.FromMilliseconds(100));
        await context.Client.CountAsync(AnyQuery, Token);
        context.Fake.ExpireTokens();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => context.Client.CountAsync(AnyQuery, Token)));

        context.Fake.LoginCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_Second_401_With_A_Fresh_Session_Fails_Clearly()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.RejectAllTokens = true);

        var error = await Should.ThrowAsync<SalesforceAuthException>(() => context.Client.CountAsync(AnyQuery, Token));

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.Error.ShouldBe("INVALID_SESSION_ID");
        error.Message.ShouldContain("freshly issued session");
        context.Fake.LoginCount.ShouldBe(2);
        context.Fake.ApiRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task An_OAuth_Error_Carries_Error_And_Description()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            arrange: f => f.LoginFailure = new FakeResponse(HttpStatusCode.BadRequest, """{"error":"invalid_client","error_description":"invalid client credentials"}"""));

        var error = await Should.ThrowAsync<SalesforceAuthException>(() => context.Client.CountAsync(AnyQuery, Token));

        error.Error.ShouldBe("invalid_client");
        error.Message.ShouldContain("invalid client credentials");
        context.Fake.LoginCount.ShouldBe(1);
    }

    [Fact]
    public void Credentials_Never_Print_Their_Secrets() =>
        new SalesforceCredentials { ClientSecret = "s3cret", Password = "pw" }.ToString().ShouldNotContain("s3cret");
}
