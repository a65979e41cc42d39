using System.Globalization;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using PipWatch.Configuration.Settings;
using PipWatch.Salesforce.Auth;
using PipWatch.Salesforce.Json;
using PipWatch.Salesforce.Soql;

namespace PipWatch.Salesforce.Http;

/// <summary>
/// The typed Salesforce REST client: queries with paging, aggregates, COUNT(), describe. Every call carries the
/// shared session's token; a 401 is answered by exactly one fresh login and one repeat of the call.
/// </summary>
public sealed partial class SalesforceClient(
    HttpClient httpClient,
    SalesforceSession session,
    ApiUsageMonitor usageMonitor,
    SalesforceTelemetry telemetry,
    SalesforceSettings settings,
    ILogger<SalesforceClient> logger)
{
    private string DataPath => $"/services/data/{settings.ApiVersion}";

    /// <summary>Runs a SOQL query and follows <c>nextRecordsUrl</c> until Salesforce says it is done.</summary>
    public async Task<QueryResult> QueryAsync(string soql, CancellationToken cancellationToken)
    {
        var records = new List<SalesforceRecord>();
        var calls = 0;
        long totalSize = 0;
        string? next = QueryPath(soql);
        while (next is not null)
        {
            var page = await GetAsync(next, SalesforceJsonContext.Default.QueryPage, "a query", "query", withQueryOptions: true, cancellationToken);
            calls++;
            totalSize = page.TotalSize;
            records.AddRange(page.Records.Select(r => new SalesforceRecord(r)));

            // done=false without a URL would loop forever; treat it as the end, as other clients do.
            next = page.Done || string.IsNullOrEmpty(page.NextRecordsUrl) ? null : page.NextRecordsUrl;
            if (next is not null)
            {
                Log.FollowingPage(logger, records.Count, totalSize);
            }
        }

        return new QueryResult(records, totalSize, calls);
    }

    /// <summary>
    /// Runs an aggregate (GROUP BY) query. Salesforce cannot page aggregate results, so a result larger than one
    /// batch raises <see cref="SalesforceAggregateRowLimitException"/> and the caller splits the query.
    /// </summary>
    public async Task<IReadOnlyList<SalesforceRecord>> AggregateAsync(string soql, CancellationToken cancellationToken)
    {
        var page = await GetAsync(QueryPath(soql), SalesforceJsonContext.Default.QueryPage, "an aggregate query", "aggregate", withQueryOptions: false, cancellationToken);
        if (!page.Done)
        {
            throw new SalesforceAggregateRowLimitException(
                $"The aggregate query returned only part of its {page.TotalSize:N0} rows; aggregate results cannot be paged.");
        }

        return [.. page.Records.Select(r => new SalesforceRecord(r))];
    }

    /// <summary>Runs <c>SELECT COUNT() FROM …</c>; the answer is the result's totalSize, not a record.</summary>
    public async Task<long> CountAsync(string soql, CancellationToken cancellationToken)
    {
        var page = await GetAsync(QueryPath(soql), SalesforceJsonContext.Default.QueryPage, "a COUNT() query", "count", withQueryOptions: false, cancellationToken);
        return page.TotalSize;
    }

    /// <summary>Describes an object's fields; null when the object does not exist or the user cannot see it.</summary>
    public async Task<SObjectDescription?> DescribeAsync(string sobject, CancellationToken cancellationToken)
    {
        var name = SoqlText.Identifier(sobject, "object name");
        DescribeBody body;
        try
        {
            body = await GetAsync($"{DataPath}/sobjects/{name}/describe", SalesforceJsonContext.Default.DescribeBody, $"describe {name}", "describe", withQueryOptions: false, cancellationToken);
        }
        catch (SalesforceApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var fields = body.Fields
            .Where(f => !string.IsNullOrEmpty(f.Name))
            .GroupBy(f => f.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => new FieldDescription(g.First().Name!, g.First().Type ?? "", g.First().Aggregatable, g.First().Groupable),
                StringComparer.OrdinalIgnoreCase);
        return new SObjectDescription(body.Name ?? name, body.Queryable, fields);
    }

    internal string QueryPath(string soql)
    {
        var path = $"{DataPath}/query?q={Uri.EscapeDataString(soql)}";
        if (path.Length > SoqlLimits.MaxRequestUriLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The query is {path.Length:N0} bytes once encoded, over the {SoqlLimits.MaxRequestUriLength:N0} PipWatch allows so the request stays well under Salesforce's 16 KB limit; split its IN list."),
                nameof(soql));
        }

        return path;
    }

    /// <param name="kind">The call's label on the API call counter.</param>
    private async Task<T> GetAsync<T>(
        string pathAndQuery, JsonTypeInfo<T> typeInfo, string what, string kind, bool withQueryOptions, CancellationToken cancellationToken)
    {
        var token = await session.GetTokenAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, OnInstance(token.InstanceUrl, pathAndQuery));
            request.Headers.Authorization = new("Bearer", token.AccessToken);
            if (withQueryOptions)
            {
                request.Headers.TryAddWithoutValidation("Sforce-Query-Options", $"batchSize={settings.QueryBatchSize}");
            }

            using var response = await SalesforceTransport.SendAsync(httpClient, request, settings.Resilience, telemetry, kind, cancellationToken);
            var usage = usageMonitor.Record(response);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var contentType = response.Content.Headers.ContentType?.MediaType;

            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                var failure = ResponseReader.ApiFailure(response.StatusCode, contentType, body, what, usage);
                if (attempt == 1)
                {
                    Log.SessionRejected(logger, (failure as SalesforceApiException)?.ErrorCode ?? "401");
                    session.Invalidate(token);
                    token = await session.GetTokenAsync(cancellationToken);
                    continue;
                }

                throw new SalesforceAuthException(
                    $"Salesforce rejected {what} with HTTP 401 even with a freshly issued session ({failure.Message}). " +
                    "Check that the integration user is active, pre-authorized for the connected app and has API access.",
                    HttpStatusCode.Unauthorized,
                    (failure as SalesforceApiException)?.ErrorCode,
                    failure.Message);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw ResponseReader.ApiFailure(response.StatusCode, contentType, body, what, usage);
            }

            usageMonitor.EnsureBelowStop(usage);
            return ResponseReader.Read(response.StatusCode, contentType, body, typeInfo, what);
        }
    }

    // nextRecordsUrl is a path on the instance; an absolute URL elsewhere would carry the token off-instance.
    private static Uri OnInstance(Uri instance, string pathAndQuery)
    {
        var uri = new Uri(instance, pathAndQuery);
        return Uri.Compare(uri, instance, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? uri
            : throw new SalesforceResponseException($"Salesforce pointed to '{pathAndQuery}', which is not on the instance {instance}; refusing to send the session there.");
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4010, Level = LogLevel.Debug, Message = "Following nextRecordsUrl after {Read} of {Total} records")]
        public static partial void FollowingPage(ILogger logger, int read, long total);

        [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Salesforce rejected the session ({ErrorCode}); logging in again once")]
        public static partial void SessionRejected(ILogger logger, string errorCode);
    }
}
