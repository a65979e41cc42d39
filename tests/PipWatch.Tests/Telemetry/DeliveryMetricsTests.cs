using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PipWatch.Pipeline;
using PipWatch.Storage.Notifications;
using PipWatch.Tests.Pipeline.Support;
using SmtpServer.Protocol;

namespace PipWatch.Tests.Telemetry;

/// <summary>
/// One delivery sweep against a real SMTP server that refuses some mail: the emails counter records each outcome by
/// kind, and the outbox gauges hold the backlog, the oldest email's age growing between refreshes.
/// </summary>
public sealed class DeliveryMetricsTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Delivery_Counts_Sent_Retried_Failed_And_Expired_Emails_And_Refreshes_The_Backlog()
    {
        // Arrange: one note the server defers (421), one whose reader it refuses (550), one it takes, and a digest
        // that missed its day.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        var time = new FakeTimeProvider(Now);
        await using var services = await world.BuildServicesAsync(time, cancellationToken);
        using var capture = new MeterCapture(services.GetRequiredService<IMeterFactory>());
        var outbox = services.GetRequiredService<NotificationOutbox>();
        var created = Now.AddMinutes(-30);
        foreach (var note in new[]
        {
            OutboxSeed.Note(1, "deferred@acme.example"),
            OutboxSeed.Note(2, "gone@acme.example"),
            OutboxSeed.Note(3, "ana@acme.example"),
            OutboxSeed.Note(4, "late@acme.example") with { Kind = "manager_digest", ExpiresAt = Now.AddMinutes(-1) },
        })
        {
            (await outbox.EnqueueAsync(note, created, cancellationToken)).ShouldBeTrue();
        }

        world.Smtp.RecipientFilter = address => address != "gone@acme.example";
        world.Smtp.DataReply = message => message.Subject == "Test note 1"
            ? new SmtpResponse((SmtpReplyCode)421, "4.3.2 Try again later")
            : null;
        var cycle = services.GetRequiredService<Cycle>();

        // Act: a sweep; then ten minutes pass with no run.
        var summary = await cycle.DeliverAsync(cancellationToken);
        var atSweep = capture.Observe();
        time.Advance(TimeSpan.FromMinutes(10));
        var later = capture.Observe();

        // Assert
        (summary.Sent, summary.Retrying, summary.Failed, summary.Expired).ShouldBe((1, 1, 1, 1));
        capture.Sum("pipwatch.emails", ("kind", "test_note"), ("outcome", "sent")).ShouldBe(1);
        capture.Sum("pipwatch.emails", ("kind", "test_note"), ("outcome", "retried")).ShouldBe(1);
        capture.Sum("pipwatch.emails", ("kind", "test_note"), ("outcome", "failed")).ShouldBe(1);
        capture.Sum("pipwatch.emails", ("kind", "manager_digest"), ("outcome", "expired")).ShouldBe(1);
        atSweep["pipwatch.outbox.pending"].ShouldBe(1, "the deferred note waits for its retry");
        atSweep["pipwatch.outbox.oldest_pending_age"].ShouldBe(TimeSpan.FromMinutes(30).TotalSeconds);
        later["pipwatch.outbox.oldest_pending_age"].ShouldBe(TimeSpan.FromMinutes(40).TotalSeconds);
        later["pipwatch.outbox.pending"].ShouldBe(1);
    }

    [Fact]
    public async Task Outbox_Is_Not_Queried_For_Gauges_Nobody_Reads()
    {
        // Arrange: a waiting note, and no listener on the gauges.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        var time = new FakeTimeProvider(Now);
        await using var services = await world.BuildServicesAsync(time, cancellationToken);
        await OutboxSeed.EnqueueAsync(services.GetRequiredService<NotificationOutbox>(), 1, Now, cancellationToken);
        world.Smtp.DataReply = _ => new SmtpResponse((SmtpReplyCode)421, "4.3.2 Try again later");
        await services.GetRequiredService<Cycle>().DeliverAsync(cancellationToken);

        // Act: a listener that arrives after the sweep.
        using var capture = new MeterCapture(services.GetRequiredService<IMeterFactory>());
        var gauges = capture.Observe();

        // Assert: the sweep took no snapshot, so the gauges report nothing rather than a guess.
        gauges.ShouldNotContainKey("pipwatch.outbox.pending");
        gauges.ShouldNotContainKey("pipwatch.outbox.oldest_pending_age");
    }
}
