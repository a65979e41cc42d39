using PipWatch.Storage.Notifications;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Notifications;

[Trait("Category", "Integration")]
public sealed class NotificationQueriesTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task CountByStatus_CountsEveryStatusIncludingZeros(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            await storage.Outbox.EnqueueAsync(Notifications.Digest(key), TestStorage.Start, CancellationToken);
        }

        var claims = await storage.Outbox.ClaimDueAsync(TestStorage.Start, 2, Lease, CancellationToken);
        await storage.Outbox.MarkSentAsync(claims[0].Id, claims[0].Attempt, "250 Ok", TestStorage.Start, CancellationToken);

        (await storage.Notifications.CountByStatusAsync(CancellationToken)).ShouldBe(
            new Dictionary<NotificationStatus, int>
            {
                [NotificationStatus.Pending] = 2,
                [NotificationStatus.Sending] = 1,
                [NotificationStatus.Sent] = 1,
                [NotificationStatus.Failed] = 0,
                [NotificationStatus.Expired] = 0,
            },
            ignoreOrder: true);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task GetOldestPendingAge_MeasuresFromTheOldestUndeliveredNotification(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var now = TestStorage.Start.AddHours(3);

        var empty = await storage.Notifications.GetOldestPendingAgeAsync(now, CancellationToken);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("old"), TestStorage.Start, CancellationToken);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("new"), TestStorage.Start.AddHours(2), CancellationToken);
        var waiting = await storage.Notifications.GetOldestPendingAgeAsync(now, CancellationToken);
        var claim = (await storage.Outbox.ClaimDueAsync(TestStorage.Start, 1, Lease, CancellationToken)).ShouldHaveSingleItem();
        await storage.Outbox.MarkSentAsync(claim.Id, claim.Attempt, "250 Ok", TestStorage.Start, CancellationToken);
        var afterSend = await storage.Notifications.GetOldestPendingAgeAsync(now, CancellationToken);

        empty.ShouldBeNull();
        waiting.ShouldBe(TimeSpan.FromHours(3));
        afterSend.ShouldBe(TimeSpan.FromHours(1));
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task GetByPip_ReturnsThePipsNotificationsInCreationOrder(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("kickoff", "pip-1"), TestStorage.Start, CancellationToken);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("other", "pip-2"), TestStorage.Start, CancellationToken);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("ops", null), TestStorage.Start, CancellationToken);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("digest", "pip-1"), TestStorage.Start.AddDays(1), CancellationToken);

        var notifications = await storage.Notifications.GetByPipAsync("pip-1", CancellationToken);

        notifications.Select(notification => notification.IdempotencyKey).ShouldBe(["kickoff", "digest"]);
        notifications[1].Recipients.ShouldBe(["manager@example.com", "hr@example.com"]);
        (await storage.Notifications.ExistsAsync("ops", CancellationToken)).ShouldBeTrue();
        (await storage.Notifications.ExistsAsync("missing", CancellationToken)).ShouldBeFalse();
    }
}
