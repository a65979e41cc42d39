using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PipWatch.Jobs;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Polling;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Commands;

/// <summary>
/// Two <c>pipwatch run</c> processes, as two replicas of the Deployment, on one PostgreSQL database with Hangfire's
/// jobs in PostgreSQL: the recurring jobs run on their crons, polls never overlap, every email goes out exactly once,
/// Hangfire's storage holds no personal data, and SIGTERM stops both cleanly.
/// </summary>
public sealed class WorkerReplicaTests
{
    private const string Zone = "America/Chicago";
    private const int Waiting = 40;

    [Fact]
    public async Task Two_Replicas_On_Postgres_Share_The_Jobs_And_Deliver_Every_Email_Once()
    {
        // Arrange: a plan under way, mail already waiting in the outbox, and every job due each minute.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Postgres, cancellationToken, new WorldOptions { Cron = "* * * * *" }, https: true);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var manager = world.Org.AddUser("Morgan Hale", timeZone: Zone);
        var rep = world.Org.AddUser("Dana Reyes", managerId: manager.Id, timeZone: Zone);
        world.WritePip("replica-dana-reyes", (string)rep["Email"]!, today.AddDays(-14), today.AddDays(40));
        world.Org.AddTask(rep.Id, today.AddDays(-2));
        var args = new[] { "--config", world.ConfigDirectory };
        using (var migrate = await PipwatchProcess.RunAsync(world.Folder, world.ChildEnvironment(), TimeSpan.FromSeconds(60), cancellationToken, ["migrate", .. args]))
        {
            migrate.ExitCode.ShouldBe(0, migrate.Describe());
        }

        await using var services = await world.BuildServicesAsync(TimeProvider.System, cancellationToken);
        var waiting = await OutboxSeed.EnqueueAsync(
            services.GetRequiredService<NotificationOutbox>(), Waiting, TimeProvider.System.GetUtcNow().AddMinutes(-5), cancellationToken);
        var ports = new[] { WorkerEndpoint.FreePort(), WorkerEndpoint.FreePort() };

        // Act: both replicas run until a poll has finished and every email is out of the outbox (at most three minutes).
        using var first = PipwatchProcess.Start(world.Folder, Replica(world, ports[0]), ["run", .. args]);
        using var second = PipwatchProcess.Start(world.Folder, Replica(world, ports[1]), ["run", .. args]);
        var runs = services.GetRequiredService<PollRunStore>();
        var queries = services.GetRequiredService<NotificationQueries>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(3));
        while (await runs.GetLatestFinishedAsync(cancellationToken) is null || await UnfinishedAsync(queries, cancellationToken) > 0)
        {
            (first.HasExited || second.HasExited).ShouldBeFalse($"a replica stopped:\n{first.Describe()}\n{second.Describe()}");
            deadline.IsCancellationRequested.ShouldBeFalse($"no poll or undelivered mail after three minutes:\n{first.Describe()}\n{second.Describe()}");
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        var readiness = new List<JsonElement>();
        foreach (var port in ports)
        {
            using var reply = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"), cancellationToken);
            reply.StatusCode.ShouldBe(HttpStatusCode.OK);
            readiness.Add(JsonDocument.Parse(await reply.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone());
        }

        first.Terminate();
        second.Terminate();
        await Task.WhenAll(first.WaitAsync(TimeSpan.FromSeconds(45), cancellationToken), second.WaitAsync(TimeSpan.FromSeconds(45), cancellationToken));

        // Assert: both replicas ready and reporting the shared last poll; SIGTERM ends each with exit code 0.
        readiness.ShouldAllBe(r => r.GetProperty("status").GetString() == "ready" && r.GetProperty("lastPoll").GetString() == nameof(PollOutcome.Succeeded));
        first.ExitCode.ShouldBe(0, first.Describe());
        second.ExitCode.ShouldBe(0, second.Describe());

        // Assert: every email the outbox holds was received exactly once, the waiting mail included.
        var received = world.Smtp.Messages.ToList();
        received.GroupBy(m => m.MessageId()).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("delivered more than once");
        waiting.ShouldBeSubsetOf(received.Select(m => m.MessageId()));
        var counts = await queries.CountByStatusAsync(cancellationToken);
        counts.GetValueOrDefault(NotificationStatus.Sent).ShouldBe(received.Count);
        counts.Values.Sum().ShouldBe(received.Count);

        // Assert: polls, whichever replica ran them, never overlapped.
        var polls = (await runs.GetRecentAsync(100, cancellationToken)).OrderBy(r => r.StartedAt).ToList();
        polls.ShouldNotBeEmpty();
        polls.Zip(polls.Skip(1)).ShouldAllBe(pair => pair.First.FinishedAt != null && pair.First.FinishedAt <= pair.Second.StartedAt);

        // Assert: the recurring jobs live in Hangfire's own PostgreSQL schema, ran there, and carry no personal data.
        await using var connection = new NpgsqlConnection(world.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        var recurring = await StringsAsync(connection, "SELECT value FROM pipwatch_hangfire.set WHERE key = 'recurring-jobs' ORDER BY value", cancellationToken);
        recurring.ShouldBe([DeliverOutboxJob.Id, PlanNotificationsJob.Id, PollAndEvaluateJob.Id], ignoreOrder: true);
        var jobs = await StringsAsync(connection, "SELECT invocationdata::text || ' ' || arguments::text FROM pipwatch_hangfire.job", cancellationToken);
        jobs.ShouldNotBeEmpty();
        jobs.ShouldAllBe(j => j.Contains("PipWatch.Jobs", StringComparison.Ordinal));
        var personal = new[] { "@", "Dana", "Reyes", "Morgan", "Hale", rep.Id, manager.Id };
        jobs.Where(j => personal.Any(p => j.Contains(p, StringComparison.Ordinal))).ShouldBeEmpty("job arguments must be ids and dates only");
        var succeeded = await StringsAsync(connection, "SELECT invocationdata::text FROM pipwatch_hangfire.job WHERE statename = 'Succeeded'", cancellationToken);
        succeeded.ShouldContain(j => j.Contains(nameof(PollAndEvaluateJob), StringComparison.Ordinal));
        succeeded.ShouldContain(j => j.Contains(nameof(DeliverOutboxJob), StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{polls.Count} polls, {received.Count} emails, {succeeded.Count} jobs succeeded"));
    }

    /// <summary>Emails waiting or in the middle of being sent.</summary>
    private static async Task<int> UnfinishedAsync(NotificationQueries queries, CancellationToken cancellationToken)
    {
        var counts = await queries.CountByStatusAsync(cancellationToken);
        return counts.GetValueOrDefault(NotificationStatus.Pending) + counts.GetValueOrDefault(NotificationStatus.Sending);
    }

    /// <summary>One replica's environment: the shared secrets, its own health port.</summary>
    private static Dictionary<string, string?> Replica(PipelineWorld world, int port) =>
        new(world.ChildEnvironment(), StringComparer.Ordinal)
        {
            ["PIPWATCH__Server__HealthPort"] = port.ToString(CultureInfo.InvariantCulture),
        };

    private static async Task<List<string>> StringsAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
