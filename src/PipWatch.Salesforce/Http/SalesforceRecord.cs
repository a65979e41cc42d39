using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PipWatch.Salesforce.Json;

namespace PipWatch.Salesforce.Http;

/// <summary>
/// One row of a query result. Aggregate rows have no fixed shape (their columns are aliases or expr0, expr1…),
/// so values are read by name, case-insensitively, with explicit JSON nulls read as null.
/// </summary>
public readonly struct SalesforceRecord(JsonElement element)
{
    public JsonElement Element { get; } = element;

    public bool Has(string name) => TryGet(name, out _);

    public string? GetString(string name) =>
        TryGet(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        }
        : null;

    public double? GetDouble(string name) =>
        TryGet(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        }
        : null;

    public long? GetInt64(string name) => GetDouble(name) is { } number ? (long)Math.Round(number) : null;

    public bool? GetBoolean(string name) =>
        TryGet(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        }
        : null;

    /// <summary>A Salesforce date (<c>2026-11-02</c>), or the date part of a datetime.</summary>
    public DateOnly? GetDate(string name)
    {
        var text = GetString(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return SalesforceDateTime.TryParse(text, out var dateTime)
            ? DateOnly.FromDateTime(dateTime.UtcDateTime)
            : throw new FormatException($"Field {name} holds '{text}', which is not a Salesforce date.");
    }

    public DateTimeOffset? GetDateTime(string name)
    {
        var text = GetString(name);
        return text is null ? null : SalesforceDateTime.Parse(text);
    }

    /// <summary>A nested relationship record (e.g. <c>Manager</c>), or null when Salesforce sent null.</summary>
    public SalesforceRecord? GetRelated(string name) =>
        TryGet(name, out var value) && value.ValueKind == JsonValueKind.Object ? new SalesforceRecord(value) : null;

    public T? Deserialize<T>(JsonTypeInfo<T> typeInfo) => Element.Deserialize(typeInfo);

    private bool TryGet(string name, out JsonElement value)
    {
        if (Element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in Element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
                }
            }
        }

        value = default;
        return false;
    }
}
