using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipWatch.Salesforce.Json;

// The shapes Salesforce sends; names match case-insensitively, so only snake_case OAuth fields need attributes.

internal sealed class QueryPage
{
    public long TotalSize { get; set; }

    public bool Done { get; set; }

    public string? NextRecordsUrl { get; set; }

    public List<JsonElement> Records { get; set; } = [];
}

internal sealed class ApiErrorItem
{
    public string? Message { get; set; }

    public string? ErrorCode { get; set; }

    public List<string>? Fields { get; set; }
}

internal sealed class OAuthErrorBody
{
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }
}

internal sealed class TokenResponseBody
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("instance_url")]
    public string? InstanceUrl { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("issued_at")]
    public string? IssuedAt { get; set; }

    [JsonPropertyName("scope")]
    public string? Scope { get; set; }
}

internal sealed class DescribeBody
{
    public string? Name { get; set; }

    public bool Queryable { get; set; } = true;

    public List<DescribeFieldBody> Fields { get; set; } = [];
}

internal sealed class DescribeFieldBody
{
    public string? Name { get; set; }

    public string? Type { get; set; }

    public bool Aggregatable { get; set; }

    public bool Groupable { get; set; }

    public bool Filterable { get; set; }
}

/// <summary>A User row as the directory reads it; <see cref="Manager"/> comes from the Manager relationship.</summary>
internal sealed class UserRecord
{
    public string? Id { get; set; }

    public string? Username { get; set; }

    public string? Email { get; set; }

    public string? Name { get; set; }

    public string? ManagerId { get; set; }

    public string? TimeZoneSidKey { get; set; }

    public string? LocaleSidKey { get; set; }

    public bool IsActive { get; set; }

    public UserRecord? Manager { get; set; }
}
