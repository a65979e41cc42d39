using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PipWatch.Testing.Salesforce.Soql;

namespace PipWatch.Testing.Salesforce;

/// <summary>
/// A fake Salesforce on two loopback ports speaking the REST wire format: the login host (token endpoint) and
/// the instance host its tokens point to (query with paging, aggregates, describe). Tests script failures
/// through <see cref="Scripted"/> and <see cref="Responder"/> and read back every request it saw.
/// </summary>
public sealed partial class FakeSalesforce : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SoqlEngine _engine;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, byte> _validTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (List<JsonObject> Rows, int Batch)> _cursors = new(StringComparer.Ordinal);
    private int _loginPort;
    private int _instancePort;
    private int _logins;
    private int _apiRequests;
    private long _apiUsed;
    private int _cursorSequence;

    private FakeSalesforce(FakeOrg org, X509Certificate2? certificate)
    {
        Org = org;
        _engine = new SoqlEngine(org);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o =>
        {
            // Salesforce refuses a request line plus headers over 16,384 bytes with 414/431; so does the fake.
            o.Limits.MaxRequestLineSize = 16_384;
            o.Limits.MaxRequestHeadersTotalSize = 16_384;
            o.Listen(IPAddress.Loopback, 0, Secure);
            o.Listen(IPAddress.Loopback, 0, Secure);
        });
        _app = builder.Build();
        _app.Run(HandleAsync);

        void Secure(ListenOptions listen)
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }
    }

    public FakeOrg Org { get; }

    public Uri LoginUrl { get; private set; } = null!;

    public Uri InstanceUrl { get; private set; } = null!;

    public string ApiVersion { get; set; } = "v64.0";

    /// <summary>Added to every API request before it is answered (the scale harness uses 50 ms).</summary>
    public TimeSpan Latency { get; set; }

    public TimeSpan LoginDelay { get; set; }

    public long ApiAllowed { get; set; } = 15_000;

    public long ApiUsed
    {
        get => Interlocked.Read(ref _apiUsed);
        set => Interlocked.Exchange(ref _apiUsed, value);
    }

    public bool CompressResponses { get; set; }

    /// <summary>When set, JWT assertions must verify with this key or the login fails with invalid_grant.</summary>
    public RSA? JwtPublicKey { get; set; }

    public FakeResponse? LoginFailure { get; set; }

    /// <summary>Every access token is refused with 401 INVALID_SESSION_ID, even fresh ones.</summary>
    public bool RejectAllTokens { get; set; }

    /// <summary>Answers for the next API requests, in order, instead of running them.</summary>
    public ConcurrentQueue<FakeResponse> Scripted { get; } = new();

    /// <summary>Consulted for each API request; a non-null answer is sent instead of running it.</summary>
    public Func<RecordedRequest, FakeResponse?>? Responder { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int LoginCount => Volatile.Read(ref _logins);

    public int ApiRequestCount => Volatile.Read(ref _apiRequests);

    public IReadOnlyList<string> Queries => [.. Requests.Where(r => r.Soql is not null).Select(r => r.Soql!)];

    public IReadOnlyList<RecordedRequest> Logins => [.. Requests.Where(r => r.Path == "/services/oauth2/token")];

    /// <param name="certificate">
    /// Serve HTTPS with this certificate (see <see cref="LoopbackCertificates"/>), for a pipwatch process whose
    /// configuration only accepts an https login URL; plain HTTP when null.
    /// </param>
    public static async Task<FakeSalesforce> StartAsync(FakeOrg? org = null, X509Certificate2? certificate = null)
    {
        var fake = new FakeSalesforce(org ?? new FakeOrg(), certificate);
        await fake._app.StartAsync();
        var addresses = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).OrderBy(a => a.Port).ToList();
        fake.LoginUrl = addresses[0];
        fake.InstanceUrl = addresses[1];
        fake._loginPort = addresses[0].Port;
        fake._instancePort = addresses[1].Port;
        return fake;
    }

    /// <summary>Forgets every issued token, as when sessions time out.</summary>
    public void ExpireTokens() => _validTokens.Clear();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        try
        {
            if (request.Path == "/services/oauth2/token" && request.Method == "POST" && request.Port == _loginPort)
            {
                await HandleLoginAsync(context, request);
            }
            else if (request.Port == _instancePort && request.Path.StartsWith("/services/data/", StringComparison.Ordinal))
            {
                await HandleApiAsync(context, request);
            }
            else
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync("no such endpoint on this host", context.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        if (context.Request.HasFormContentType)
        {
            foreach (var (key, value) in await context.Request.ReadFormAsync(context.RequestAborted))
            {
                form[key] = value.ToString();
            }
        }

        var request = new RecordedRequest(
            context.Connection.LocalPort,
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Query.TryGetValue("q", out var q) ? q.ToString() : null,
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            form,
            _clock.Elapsed);
        Requests.Enqueue(request);
        return request;
    }

    private async Task HandleApiAsync(HttpContext context, RecordedRequest request)
    {
        Interlocked.Increment(ref _apiRequests);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted);
        }

        var used = Interlocked.Increment(ref _apiUsed);
        context.Response.Headers["Sforce-Limit-Info"] = $"api-usage={used}/{ApiAllowed}";

        var scripted = Responder?.Invoke(request) ?? (Scripted.TryDequeue(out var next) ? next : null);
        if (scripted is not null)
        {
            await WriteAsync(context, scripted);
            return;
        }

        var authorization = request.Headers.GetValueOrDefault("Authorization") ?? "";
        if (RejectAllTokens || !authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_validTokens.ContainsKey(authorization[7..]))
        {
            await WriteAsync(context, FakeResponse.Error(HttpStatusCode.Unauthorized, "INVALID_SESSION_ID", "Session expired or invalid"));
            return;
        }

        var prefix = $"/services/data/{ApiVersion}/";
        if (!request.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await WriteAsync(context, FakeResponse.Error(HttpStatusCode.NotFound, "NOT_FOUND", "The requested resource does not exist"));
            return;
        }

        var rest = request.Path[prefix.Length..];
        try
        {
            var answer = rest switch
            {
                "query" => Query(request),
                _ when rest.StartsWith("query/", StringComparison.Ordinal) => NextPage(rest["query/".Length..]),
                _ when rest.StartsWith("sobjects/", StringComparison.Ordinal) && rest.EndsWith("/describe", StringComparison.Ordinal) =>
                    Describe(rest["sobjects/".Length..^"/describe".Length]),
                _ => FakeResponse.Error(HttpStatusCode.NotFound, "NOT_FOUND", "The requested resource does not exist"),
            };
            await WriteAsync(context, answer);
        }
        catch (SoqlException error)
        {
            await WriteAsync(context, FakeResponse.Error(HttpStatusCode.BadRequest, error.ErrorCode, JsonEncodedText.Encode(error.Message).ToString()));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A bug in the fake itself: say so in Salesforce's shape so the failing test shows it.
            await WriteAsync(context, FakeResponse.Error(HttpStatusCode.InternalServerError, "UNKNOWN_EXCEPTION", JsonEncodedText.Encode($"fake failed: {error}").ToString()));
        }
    }

    private FakeResponse Query(RecordedRequest request)
    {
        var query = SoqlParser.Parse(request.Soql ?? throw new SoqlException("MALFORMED_QUERY", "missing q"));
        var result = _engine.Execute(query);
        if (query.IsCountOnly || result.IsAggregate)
        {
            return Page(result.TotalSize, true, null, result.Rows);
        }

        var batch = BatchSize(request.Headers.GetValueOrDefault("Sforce-Query-Options"));
        if (result.Rows.Count <= batch)
        {
            return Page(result.TotalSize, true, null, result.Rows);
        }

        var cursor = $"01gFAKE{Interlocked.Increment(ref _cursorSequence):D8}";
        _cursors[cursor] = ([.. result.Rows], batch);
        return Page(result.TotalSize, false, $"/services/data/{ApiVersion}/query/{cursor}-{batch}", result.Rows.Take(batch));

        static int BatchSize(string? header)
        {
            var value = header?.Split('=') is [_, var number] ? int.Parse(number, CultureInfo.InvariantCulture) : 2000;
            return Math.Clamp(value, 200, 2000);
        }
    }

    private FakeResponse NextPage(string locator)
    {
        var dash = locator.LastIndexOf('-');
        if (dash < 0 || !_cursors.TryGetValue(locator[..dash], out var cursor))
        {
            return FakeResponse.Error(HttpStatusCode.BadRequest, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }

        var (rows, batch) = cursor;
        var offset = int.Parse(locator[(dash + 1)..], CultureInfo.InvariantCulture);
        var page = rows.Skip(offset).Take(batch).ToList();
        var end = offset + page.Count;
        return end >= rows.Count
            ? Page(rows.Count, true, null, page)
            : Page(rows.Count, false, $"/services/data/{ApiVersion}/query/{locator[..dash]}-{end}", page);
    }

    private FakeResponse Describe(string name)
    {
        if (!Org.Objects.TryGetValue(name, out var sobject))
        {
            return FakeResponse.Error(HttpStatusCode.NotFound, "NOT_FOUND", "The requested resource does not exist");
        }

        var fields = new JsonArray([.. sobject.Fields.Values.Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f.Name,
            ["type"] = f.Type,
            ["aggregatable"] = f.Aggregatable,
            ["groupable"] = f.Groupable,
            ["filterable"] = true,
        })]);
        return new FakeResponse(HttpStatusCode.OK, new JsonObject { ["name"] = sobject.Name, ["queryable"] = true, ["fields"] = fields }.ToJsonString());
    }

    private static FakeResponse Page(int totalSize, bool done, string? next, IEnumerable<JsonObject> rows)
    {
        var page = new JsonObject
        {
            ["totalSize"] = totalSize,
            ["done"] = done,
            ["records"] = new JsonArray([.. rows.Select(r => (JsonNode)r.DeepClone())]),
        };
        if (next is not null)
        {
            page["nextRecordsUrl"] = next;
        }

        return new FakeResponse(HttpStatusCode.OK, page.ToJsonString());
    }

    private async Task WriteAsync(HttpContext context, FakeResponse response)
    {
        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay, context.RequestAborted);
        }

        context.Response.StatusCode = (int)response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        var body = Encoding.UTF8.GetBytes(response.Body);
        if (response.TruncateAt is { } cut)
        {
            body = body[..Math.Min(cut, body.Length)];
        }

        if (CompressResponses && context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            {
                await gzip.WriteAsync(body, context.RequestAborted);
            }

            body = buffer.ToArray();
            context.Response.Headers.ContentEncoding = "gzip";
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
