using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PipWatch.Pipeline;
using PipWatch.Storage.Notifications;
using PipWatch.Tests.Pipeline.Support;
using SmtpServer.Protocol;

namespace PipWatch.Tests.Delivery;

/// <summary>
/// The delivery step against a real SMTP server that refuses: a 421 is retried after the backoff and delivered once,
/// a 550 fails that one notification for good while the others go out.
/// </summary>
public sealed class SmtpFailureTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reply_421_To_The_First_Messages_Delivers_Them_After_The_Backoff_Exactly_Once()
    {
        // Arrange: five notes; the server answers the first two DATA commands with 421.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        var time = new FakeTimeProvider(Now);
        await using var services = await world.BuildServicesAsync(time, cancellationToken);
        var ids = await OutboxSeed.EnqueueAsync(services.GetRequiredService<NotificationOutbox>(), 5, Now, cancellationToken);
        var refusals = 2;
        world.Smtp.DataReply = _ => Interlocked.Decrement(ref refusals) >= 0
            ? new SmtpResponse((SmtpReplyCode)421, "4.3.2 Service temporarily unavailable, try again later")
            : null;
        var delivery = services.GetRequiredService<DeliveryStep>();
        var email = world.LoadSettings().Email;

        // Act: a sweep now, another before the backoff has passed, and one after it.
        var first = await delivery.RunAsync(email, cancellationToken);
        var early = await delivery.RunAsync(email, cancellationToken);
        time.Advance(DeliveryStep.Backoff(1) + TimeSpan.FromSeconds(1));
        var later = await delivery.RunAsync(email, cancellationToken);

        // Assert
        (first.Sent, first.Retrying, first.Failed).ShouldBe((3, 2, 0));
        (early.Attempted, early.Sent).ShouldBe((0, 0));
        (later.Sent, later.Retrying, later.Failed).ShouldBe((2, 0, 0));
        var received = world.Smtp.Messages.Select(m => m.MessageId()).ToList();
        received.Order().ShouldBe(ids.Order());
        var queries = services.GetRequiredService<NotificationQueries>();
        var retried = await queries.GetByKeyAsync("test-note:0001", cancellationToken);
        retried.ShouldNotBeNull().Status.ShouldBe(NotificationStatus.Sent);
        retried.Attempts.ShouldBe(2);
        (await queries.CountByStatusAsync(cancellationToken)).GetValueOrDefault(NotificationStatus.Sent).ShouldBe(5);
    }

    [Fact]
    public async Task Reply_550_For_One_Recipient_Fails_That_Notification_And_Delivers_The_Others()
    {
        // Arrange: three notes; the server refuses the second one's only recipient.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        var time = new FakeTimeProvider(Now);
        await using var services = await world.BuildServicesAsync(time, cancellationToken);
        var outbox = services.GetRequiredService<NotificationOutbox>();
        var notes = new[]
        {
            OutboxSeed.Note(1, "ana@acme.example"),
            OutboxSeed.Note(2, "gone@acme.example"),
            OutboxSeed.Note(3, "ben@acme.example"),
        };
        foreach (var note in notes)
        {
            await outbox.EnqueueAsync(note, Now, cancellationToken);
        }

        world.Smtp.RecipientFilter = address => address != "gone@acme.example";
        var delivery = services.GetRequiredService<DeliveryStep>();
        var email = world.LoadSettings().Email;

        // Act: a sweep, then another well after every backoff.
        var first = await delivery.RunAsync(email, cancellationToken);
        time.Advance(TimeSpan.FromHours(2));
        var again = await delivery.RunAsync(email, cancellationToken);

        // Assert
        (first.Sent, first.Failed, first.Retrying).ShouldBe((2, 1, 0));
        again.Attempted.ShouldBe(0);
        world.Smtp.Messages.Select(m => m.MessageId()).Order().ShouldBe(new[] { notes[0].MessageId, notes[2].MessageId }.Order());
        var queries = services.GetRequiredService<NotificationQueries>();
        var failed = (await queries.GetByKeyAsync("test-note:0002", cancellationToken)).ShouldNotBeNull();
        failed.Status.ShouldBe(NotificationStatus.Failed);
        failed.LastError.ShouldNotBeNull().ShouldContain("550");
        failed.Attempts.ShouldBe(1);
        (await queries.GetByKeyAsync("test-note:0003", cancellationToken)).ShouldNotBeNull().Status.ShouldBe(NotificationStatus.Sent);
    }

    [Fact]
    public async Task Reply_550_For_One_Of_Two_Recipients_Sends_To_The_Other_Once_And_Records_The_Refusal()
    {
        // Arrange: a note to a rep with their manager in copy; the server refuses the manager's address.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        var time = new FakeTimeProvider(Now);
        await using var services = await world.BuildServicesAsync(time, cancellationToken);
        var note = OutboxSeed.Note(1, "rep@acme.example", "gone@acme.example");
        await services.GetRequiredService<NotificationOutbox>().EnqueueAsync(note, Now, cancellationToken);
        world.Smtp.RecipientFilter = address => address != "gone@acme.example";
        var delivery = services.GetRequiredService<DeliveryStep>();
        var email = world.LoadSettings().Email;

        // Act
        var first = await delivery.RunAsync(email, cancellationToken);
        time.Advance(TimeSpan.FromHours(2));
        var again = await delivery.RunAsync(email, cancellationToken);

        // Assert: sent once to the rep, never again, and the outbox row says who was refused and why.
        (first.Sent, first.Failed, again.Attempted).ShouldBe((1, 0, 0));
        world.Smtp.Messages.ShouldHaveSingleItem().EnvelopeTo.ShouldBe(["rep@acme.example"]);
        var record = (await services.GetRequiredService<NotificationQueries>().GetByKeyAsync("test-note:0001", cancellationToken)).ShouldNotBeNull();
        record.Status.ShouldBe(NotificationStatus.Sent);
        record.SmtpResponse.ShouldNotBeNull().ShouldContain("refused: gone@acme.example (550");
    }
}
