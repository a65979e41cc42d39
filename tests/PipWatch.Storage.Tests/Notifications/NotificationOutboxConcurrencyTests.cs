using System.Collections.Concurrent;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Notifications;

[Trait("Category", "Integration")]
public sealed class NotificationOutboxConcurrencyTests
{
    private const int NotificationCount = 240;
    private const int DelivererCount = 8;

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task ClaimDue_FromManyConcurrentDeliverers_ClaimsEachNotificationExactlyOnce(StorageEngine engine)
    {
        // Arrange: one outbox, eight deliverers with their own connections (as on eight replicas).
        await using var storage = await TestStorage.CreateAsync(engine);
        for (var index = 0; index < NotificationCount; index++)
        {
            await storage.Outbox.EnqueueAsync(Notifications.Digest($"note:{index}"), TestStorage.Start, CancellationToken);
        }

        var claims = new ConcurrentBag<ClaimedNotification>();
        var deliverers = Enumerable.Range(0, DelivererCount)
            .Select(_ => new NotificationOutbox(storage.OpenAnother()))
            .ToList();

        // Act: each deliverer claims small batches and marks them sent until nothing is left for it.
        await Task.WhenAll(deliverers.Select(outbox => Task.Run(
            async () =>
            {
                while (true)
                {
                    var batch = await outbox.ClaimDueAsync(TestStorage.Start, 5, TimeSpan.FromMinutes(10), CancellationToken);
                    if (batch.Count == 0)
                    {
                        return;
                    }

                    foreach (var claim in batch)
                    {
                        claims.Add(claim);
                        (await outbox.MarkSentAsync(claim.Id, claim.Attempt, "250 Ok", TestStorage.Start, CancellationToken))
                            .ShouldBeTrue();
                    }
                }
            },
            CancellationToken)));

        // Assert
        claims.Count.ShouldBe(NotificationCount);
        claims.Select(claim => claim.Id).Distinct().Count().ShouldBe(NotificationCount);
        claims.ShouldAllBe(claim => claim.Attempt == 1);
        (await storage.Notifications.CountByStatusAsync(CancellationToken))[NotificationStatus.Sent].ShouldBe(NotificationCount);
    }
}
