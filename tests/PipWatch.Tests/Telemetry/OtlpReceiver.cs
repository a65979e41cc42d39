using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PipWatch.Tests.Telemetry;

/// <summary>
/// A collector's OTLP/HTTP receiver on loopback that keeps each export's path and body. Protobuf keeps strings as
/// plain UTF-8, so span and metric names can be found in a body without decoding it.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public ConcurrentQueue<(string Path, string ContentType, byte[] Body)> Exports { get; } = new();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver.Exports.Enqueue((context.Request.Path.Value ?? "", context.Request.ContentType ?? "", body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        receiver.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    /// <summary>Everything exported to <paramref name="path"/>, as text (binary parts garbled, strings intact).</summary>
    public string Received(string path) =>
        string.Concat(Exports.Where(e => e.Path == path).Select(e => System.Text.Encoding.UTF8.GetString(e.Body)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
