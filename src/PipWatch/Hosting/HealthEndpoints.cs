using PipWatch.Storage.Migrations;
using PipWatch.Storage.Polling;

namespace PipWatch.Hosting;

/// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: storage answers; the last poll's outcome is reported.</summary>
public static class HealthEndpoints
{
    public static void MapPipWatchHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Json(new HealthReply("alive", null, null, null)));
        endpoints.MapGet("/readyz", async (StorageMigrator migrator, PollRunStore runs, CancellationToken cancellationToken) =>
        {
            try
            {
                var schema = await migrator.GetCurrentVersionAsync(cancellationToken);
                var last = await runs.GetLatestFinishedAsync(cancellationToken);
                return Results.Json(new HealthReply("ready", schema, last?.Outcome?.ToString(), last?.FinishedAt));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Not ready: the probe takes the pod out of the Service until storage answers again.
                return Results.Json(new HealthReply("storage unreachable", null, null, null), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }

    private sealed record HealthReply(string Status, int? SchemaVersion, string? LastPoll, DateTimeOffset? LastPollFinishedAt);
}
