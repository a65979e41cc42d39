using System.Text.Json;

namespace PipWatch.Storage.Notifications;

/// <summary>Recipients are stored as a JSON array of addresses.</summary>
internal static class RecipientList
{
    public static string ToJson(IReadOnlyList<string> recipients) =>
        JsonSerializer.Serialize(recipients.ToArray(), StorageJsonContext.Readable.StringArray);

    public static IReadOnlyList<string> FromJson(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Readable.StringArray) ?? [];
}
