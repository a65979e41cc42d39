using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PipWatch.Testing.Salesforce;

public sealed partial class FakeSalesforce
{
    /// <summary>The last JWT assertion a login presented, for tests that check its claims and signature.</summary>
    public string? LastAssertion { get; private set; }

    private async Task HandleLoginAsync(HttpContext context, RecordedRequest request)
    {
        Interlocked.Increment(ref _logins);
        if (LoginDelay > TimeSpan.Zero)
        {
            await Task.Delay(LoginDelay, context.RequestAborted);
        }

        if (LoginFailure is { } failure)
        {
            await WriteAsync(context, failure);
            return;
        }

        var grant = request.Form.GetValueOrDefault("grant_type");
        var refusal = grant switch
        {
            "urn:ietf:params:oauth:grant-type:jwt-bearer" => CheckAssertion(request.Form.GetValueOrDefault("assertion")),
            "client_credentials" or "refresh_token" or "password" => null,
            _ => "unsupported_grant_type",
        };
        if (refusal is not null)
        {
            await WriteAsync(context, new FakeResponse(HttpStatusCode.BadRequest, $$"""{"error":"{{refusal}}","error_description":"authentication failure"}"""));
            return;
        }

        var token = $"00DFAKE!{Guid.NewGuid():N}";
        _validTokens[token] = 0;
        var body = new JsonObject
        {
            ["access_token"] = token,
            ["instance_url"] = InstanceUrl.GetLeftPart(UriPartial.Authority),
            ["id"] = $"{LoginUrl.GetLeftPart(UriPartial.Authority)}/id/00DFAKE000000000AAA/005FAKE000000000AAA",
            ["token_type"] = "Bearer",
            ["scope"] = "api",
            ["issued_at"] = DateTimeOffset.UnixEpoch.AddDays(20_000).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        await WriteAsync(context, new FakeResponse(HttpStatusCode.OK, body.ToJsonString()));
    }

    private string? CheckAssertion(string? assertion)
    {
        LastAssertion = assertion;
        if (assertion is null || assertion.Split('.') is not [var header, var payload, var signature])
        {
            return "invalid_grant";
        }

        if (JwtPublicKey is null)
        {
            return null;
        }

        var valid = JwtPublicKey.VerifyData(
            Encoding.ASCII.GetBytes($"{header}.{payload}"), Base64Url.DecodeFromChars(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return valid ? null : "invalid_grant";
    }
}
