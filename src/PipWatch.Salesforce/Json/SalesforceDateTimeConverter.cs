using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipWatch.Salesforce.Json;

/// <summary>Reads and writes Salesforce datetimes (<c>+0000</c> offsets) for System.Text.Json.</summary>
public sealed class SalesforceDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return SalesforceDateTime.TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a Salesforce datetime (expected e.g. 2026-11-02T21:10:25.000+0000).");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(SalesforceDateTime.Format(value));
}
