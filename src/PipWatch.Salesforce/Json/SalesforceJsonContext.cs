using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipWatch.Salesforce.Json;

[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(SalesforceDateTimeConverter)])]
[JsonSerializable(typeof(QueryPage))]
[JsonSerializable(typeof(List<ApiErrorItem>))]
[JsonSerializable(typeof(ApiErrorItem))]
[JsonSerializable(typeof(OAuthErrorBody))]
[JsonSerializable(typeof(TokenResponseBody))]
[JsonSerializable(typeof(DescribeBody))]
[JsonSerializable(typeof(UserRecord))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class SalesforceJsonContext : JsonSerializerContext;
