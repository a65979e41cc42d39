using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PipWatch.Salesforce.Json;

namespace PipWatch.Salesforce.Http;

/// <summary>
/// Turns response bodies into values or into the connector's typed exceptions. A body that is not JSON (an HTML
/// maintenance page from a proxy) or that was cut off is reported as such, with the status and its first bytes,
/// rather than as a parser stack trace.
/// </summary>
internal static class ResponseReader
{
    private const int SnippetBytes = 200;

    public static T Read<T>(HttpStatusCode status, string? contentType, byte[] body, JsonTypeInfo<T> typeInfo, string what)
    {
        EnsureJson(status, contentType, body, what);
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo)
                ?? throw new SalesforceResponseException(
                    $"Salesforce sent an empty JSON value (null) for {what} (HTTP {(int)status}).", status, contentType, Snippet(body));
        }
        catch (JsonException ex)
        {
            throw Malformed(status, contentType, body, what, ex);
        }
    }

    /// <summary>Maps a failed REST call to the exception that says what went wrong.</summary>
    public static SalesforceException ApiFailure(HttpStatusCode status, string? contentType, byte[] body, string what, ApiUsage? usage)
    {
        if (!LooksLikeJson(contentType, body))
        {
            return NonJson(status, contentType, body, what);
        }

        List<SalesforceError> errors;
        try
        {
            errors = ParseErrors(body);
        }
        catch (JsonException ex)
        {
            return Malformed(status, contentType, body, what, ex);
        }

        var apiError = new SalesforceApiException(status, errors);
        if (apiError.ErrorCode == "REQUEST_LIMIT_EXCEEDED")
        {
            return new SalesforceUsageLimitException(
                $"Salesforce refused {what} with REQUEST_LIMIT_EXCEEDED ({FirstMessage(errors)}); the org's API allowance is used up, " +
                "so this cycle stops without retrying and the next one tries again.",
                usage,
                apiError);
        }

        if (errors.Any(e => e.Message.Contains("queryMore", StringComparison.OrdinalIgnoreCase)))
        {
            return new SalesforceAggregateRowLimitException(
                $"The aggregate query for {what} would return more than {Soql.SoqlLimits.MaxAggregateRows:N0} rows ({FirstMessage(errors)}).");
        }

        return apiError;
    }

    /// <summary>Maps a failed token request: OAuth errors carry <c>error</c> and <c>error_description</c>.</summary>
    public static SalesforceException AuthFailure(HttpStatusCode status, string? contentType, byte[] body, string flow)
    {
        if (!LooksLikeJson(contentType, body))
        {
            return NonJson(status, contentType, body, $"the {flow} login");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var oauth = document.RootElement.Deserialize(SalesforceJsonContext.Default.OAuthErrorBody);
                if (oauth?.Error is not null)
                {
                    return new SalesforceAuthException(
                        $"Salesforce refused the {flow} login (HTTP {(int)status}): {oauth.Error}" +
                        (oauth.ErrorDescription is null ? "" : $" — {oauth.ErrorDescription}"),
                        status,
                        oauth.Error,
                        oauth.ErrorDescription);
                }
            }

            var errors = ParseErrors(body);
            return new SalesforceAuthException(
                $"Salesforce refused the {flow} login (HTTP {(int)status}): {FirstMessage(errors)}",
                status,
                errors.FirstOrDefault()?.ErrorCode,
                errors.FirstOrDefault()?.Message);
        }
        catch (JsonException ex)
        {
            return Malformed(status, contentType, body, $"the {flow} login", ex);
        }
    }

    public static List<SalesforceError> ParseErrors(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var items = root.ValueKind switch
        {
            JsonValueKind.Array => root.Deserialize(SalesforceJsonContext.Default.ListApiErrorItem) ?? [],
            JsonValueKind.Object => [root.Deserialize(SalesforceJsonContext.Default.ApiErrorItem)!],
            _ => [],
        };
        return [.. items.Select(i => new SalesforceError(
            string.IsNullOrEmpty(i.ErrorCode) ? "UNKNOWN" : i.ErrorCode,
            i.Message ?? "",
            i.Fields ?? []))];
    }

    public static void EnsureJson(HttpStatusCode status, string? contentType, byte[] body, string what)
    {
        if (!LooksLikeJson(contentType, body))
        {
            throw NonJson(status, contentType, body, what);
        }
    }

    public static string Snippet(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, SnippetBytes));
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim() + (body.Length > SnippetBytes ? "…" : "");
    }

    private static bool LooksLikeJson(string? contentType, byte[] body)
    {
        if (contentType is not null)
        {
            return contentType.Contains("json", StringComparison.OrdinalIgnoreCase);
        }

        var first = body.FirstOrDefault(b => !char.IsWhiteSpace((char)b));
        return first is (byte)'{' or (byte)'[';
    }

    private static SalesforceResponseException NonJson(HttpStatusCode status, string? contentType, byte[] body, string what) =>
        new(
            $"Salesforce answered {what} with a non-JSON response: HTTP {(int)status} ({status}), content type " +
            $"{contentType ?? "(none)"}, {body.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes beginning \"{Snippet(body)}\". " +
            (status is HttpStatusCode.RequestUriTooLong or HttpStatusCode.RequestHeaderFieldsTooLarge
                ? "The request line or headers were longer than Salesforce accepts (16 KB)."
                : "This is usually a maintenance page or a proxy in between."),
            status,
            contentType,
            Snippet(body));

    // The JsonException's own text and stack say nothing useful to ops; where the body broke off does.
    private static SalesforceResponseException Malformed(HttpStatusCode status, string? contentType, byte[] body, string what, JsonException ex) =>
        new(
            $"Salesforce sent a truncated or malformed JSON body for {what}: HTTP {(int)status}, content type {contentType ?? "(none)"}, " +
            $"{body.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, unreadable at line {(ex.LineNumber ?? 0) + 1} byte " +
            $"{(ex.BytePositionInLine ?? 0) + 1}; it begins \"{Snippet(body)}\".",
            status,
            contentType,
            Snippet(body));

    private static string FirstMessage(List<SalesforceError> errors) =>
        errors.Count == 0 ? "no details" : $"{errors[0].ErrorCode}: {errors[0].Message}";
}
