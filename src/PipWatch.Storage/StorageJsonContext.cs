using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipWatch.Storage;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Notifications.NotificationAuditDetails))]
internal sealed partial class StorageJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Stored JSON is read by people and tools and never placed in HTML, so characters such as &lt; and &gt; (common
    /// in Message-Ids and SMTP replies) are written as themselves rather than as \u escapes.
    /// </summary>
    public static StorageJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
