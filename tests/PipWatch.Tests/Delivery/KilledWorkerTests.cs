using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Hosting;
using PipWatch.Storage.Notifications;
using PipWatch.Testing;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Delivery;

/// <summary>
/// A pipwatch process killed with SIGKILL in the middle of delivering, again and again, then left to finish: nothing
/// is lost, and a message arrives twice only when a kill fell between the server's acceptance and the outbox's
/// record of it, and then under the same Message-Id.
/// </summary>
public sealed class KilledWorkerTests
{
    private const int Notes = 200;

    // How many more messages the server must have taken before each kill (fewer in all than the outbox holds), and
    // how long after that the kill comes: varied, so some kills land while the server's reply is on its way
    // (ReplyDelay) and others between messages.
    private static readonly (int Messages, int DelayMs)[] Kills = [(17, 0), (33, 12), (9, 3), (41, 14), (26, 1), (21, 11)];

    private static readonly DateTimeOffset Seeded = new(2026, 10, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Worker_Killed_Repeatedly_During_Delivery_Loses_Nothing_And_Duplicates_Only_What_A_Kill_Caught_In_Flight()
    {
        // Arrange: 200 notes in the outbox on PostgreSQL, and a slow mail server whose replies take a while.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Postgres, cancellationToken);
        world.Smtp.DataDelay = TimeSpan.FromMilliseconds(8);
        world.Smtp.ReplyDelay = TimeSpan.FromMilliseconds(8);
        await using var services = await world.BuildServicesAsync(new FixedClock(Seeded), cancellationToken);
        var expected = await OutboxSeed.EnqueueAsync(services.GetRequiredService<NotificationOutbox>(), Notes, Seeded, cancellationToken);
        var queries = services.GetRequiredService<NotificationQueries>();

        // Act: each run is a later instant, so a killed run's lease has run out for the next one. After each kill,
        // the messages the server has but the outbox does not count as sent are the ones that kill caught in flight.
        var caughtInFlight = new List<int>();
        var run = 0;
        foreach (var (messages, delayMs) in Kills)
        {
            var target = world.Smtp.Messages.Count + messages;
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnAccepted(object? sender, ReceivedMessage message)
            {
                if (world.Smtp.Messages.Count >= target)
                {
                    reached.TrySetResult();
                }
            }

            world.Smtp.MessageAccepted += OnAccepted;
            using var worker = StartRunOnce(world, ++run);
            var exited = worker.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            try
            {
                await Task.WhenAny(reached.Task, exited);
            }
            finally
            {
                world.Smtp.MessageAccepted -= OnAccepted;
            }

            // The targets add up to fewer messages than the outbox holds, so a worker that stops by itself failed.
            worker.HasExited.ShouldBeFalse(worker.Describe());
            if (delayMs > 0)
            {
                await Task.Delay(delayMs, cancellationToken);
            }

            worker.Kill();
            await exited;

            // Let the server finish a message whose sender it just lost, then compare.
            await Task.Delay(world.Smtp.DataDelay + world.Smtp.ReplyDelay + TimeSpan.FromMilliseconds(50), cancellationToken);
            var accepted = world.Smtp.Messages.Select(m => m.MessageId()).Distinct(StringComparer.Ordinal).Count();
            var recorded = (await queries.CountByStatusAsync(cancellationToken)).GetValueOrDefault(NotificationStatus.Sent);
            caughtInFlight.Add(accepted - recorded);
        }

        using (var finish = StartRunOnce(world, ++run))
        {
            await finish.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            finish.ExitCode.ShouldBe(0, finish.Describe());
        }

        // Assert: everything arrived; each kill caught at most the one message being handed over, and exactly
        // those messages arrived twice, under the same Message-Id.
        var received = world.Smtp.Messages.Select(m => m.MessageId()).ToList();
        var duplicates = received.GroupBy(id => id, StringComparer.Ordinal).Sum(g => g.Count() - 1);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Notes} notes, {Kills.Length} kills, {caughtInFlight.Sum()} caught a message in flight, {received.Count} messages received, {duplicates} duplicates"));
        received.Distinct(StringComparer.Ordinal).Order().ShouldBe(expected.Order(), "every note arrives, and nothing else");
        caughtInFlight.ShouldAllBe(caught => caught == 0 || caught == 1);
        duplicates.ShouldBe(caughtInFlight.Sum());
        var counts = await queries.CountByStatusAsync(cancellationToken);
        counts.GetValueOrDefault(NotificationStatus.Sent).ShouldBe(Notes);
        counts.Values.Sum().ShouldBe(Notes);
    }

    private static PipwatchProcess StartRunOnce(PipelineWorld world, int run) =>
        PipwatchProcess.Start(
            world.Folder,
            world.ChildEnvironment(),
            "run-once",
            "--config",
            world.ConfigDirectory,
            "--as-of",
            Seeded.AddMinutes(10 * run).ToString("O", CultureInfo.InvariantCulture));
}
