using PipWatch.Storage.Audit;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Notifications;

[Trait("Category", "Integration")]
public sealed class NotificationOutboxTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task Enqueue_SameKeyTwice_StoresAndAuditsItOnce(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var digest = Notifications.Digest("digest:005M:2025-03-03");

        var first = await storage.Outbox.EnqueueAsync(digest, TestStorage.Start, CancellationToken);
        var second = await storage.Outbox.EnqueueAsync(
            digest with { Subject = "rendered again" },
            TestStorage.Start.AddMinutes(15),
            CancellationToken);

        (first, second).ShouldBe((true, false));
        var stored = (await storage.Notifications.GetByKeyAsync(digest.IdempotencyKey, CancellationToken)).ShouldNotBeNull();
        stored.Subject.ShouldBe(digest.Subject);
        (await storage.Notifications.CountByStatusAsync(CancellationToken))[NotificationStatus.Pending].ShouldBe(1);
        (await storage.Audit.GetByPipAsync("pip-1", CancellationToken)).ShouldHaveSingleItem().Kind
            .ShouldBe(AuditKinds.NotificationCreated);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Enqueue_ThenClaim_RoundTripsTheStoredMessage(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var expiresAt = new DateTimeOffset(2025, 3, 3, 20, 0, 0, TimeSpan.FromHours(11));
        var digest = Notifications.Digest("digest:005M:2025-03-03", expiresAt: expiresAt);
        await storage.Outbox.EnqueueAsync(digest, TestStorage.Start, CancellationToken);

        var claimed = (await storage.Outbox.ClaimDueAsync(TestStorage.Start, 10, Lease, CancellationToken)).ShouldHaveSingleItem();
        var record = (await storage.Notifications.GetAsync(claimed.Id, CancellationToken)).ShouldNotBeNull();

        claimed.Attempt.ShouldBe(1);
        (claimed.IdempotencyKey, claimed.Kind, claimed.PipId, claimed.MessageId)
            .ShouldBe((digest.IdempotencyKey, digest.Kind, digest.PipId, digest.MessageId));
        claimed.Recipients.ShouldBe(digest.Recipients);
        claimed.Mime.ToArray().ShouldBe(digest.Mime.ToArray());
        claimed.ExpiresAt.ShouldBe(expiresAt);
        claimed.ExpiresAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
        (record.Status, record.Attempts, record.LeaseUntil).ShouldBe((NotificationStatus.Sending, 1, (DateTimeOffset?)TestStorage.Start + Lease));
        (record.HtmlBody, record.TextBody, record.CreatedAt).ShouldBe((digest.HtmlBody, digest.TextBody, TestStorage.Start));
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Claim_HonoursBatchSizeAndCreationOrder(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        foreach (var day in Enumerable.Range(1, 5))
        {
            await storage.Outbox.EnqueueAsync(Notifications.Digest($"digest:{day}"), TestStorage.Start, CancellationToken);
        }

        var first = await storage.Outbox.ClaimDueAsync(TestStorage.Start, 3, Lease, CancellationToken);
        var second = await storage.Outbox.ClaimDueAsync(TestStorage.Start, 3, Lease, CancellationToken);
        var third = await storage.Outbox.ClaimDueAsync(TestStorage.Start, 3, Lease, CancellationToken);

        first.Select(claim => claim.IdempotencyKey).ShouldBe(["digest:1", "digest:2", "digest:3"]);
        second.Select(claim => claim.IdempotencyKey).ShouldBe(["digest:4", "digest:5"]);
        third.ShouldBeEmpty();
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Claim_AfterLeaseExpires_ReclaimsWithTheNextAttempt(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("kickoff:pip-1"), TestStorage.Start, CancellationToken);
        var first = (await storage.Outbox.ClaimDueAsync(TestStorage.Start, 10, Lease, CancellationToken)).ShouldHaveSingleItem();

        var whileLeased = await storage.Outbox.ClaimDueAsync(TestStorage.Start + Lease - TimeSpan.FromSeconds(1), 10, Lease, CancellationToken);
        var afterLease = await storage.Outbox.ClaimDueAsync(TestStorage.Start + Lease, 10, Lease, CancellationToken);

        whileLeased.ShouldBeEmpty();
        var second = afterLease.ShouldHaveSingleItem();
        (second.Id, second.Attempt).ShouldBe((first.Id, 2));
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task MarkSent_FromAStaleClaim_IsFencedOut(StorageEngine engine)
    {
        // Arrange: worker A claims, stalls past its lease; worker B claims the same row.
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("kickoff:pip-1"), TestStorage.Start, CancellationToken);
        var stale = (await storage.Outbox.ClaimDueAsync(TestStorage.Start, 10, Lease, CancellationToken)).ShouldHaveSingleItem();
        var current = (await storage.Outbox.ClaimDueAsync(TestStorage.Start + Lease, 10, Lease, CancellationToken)).ShouldHaveSingleItem();
        var sentAt = TestStorage.Start + Lease + TimeSpan.FromSeconds(3);

        // Act
        var staleSent = await storage.Outbox.MarkSentAsync(stale.Id, stale.Attempt, "250 from A", sentAt, CancellationToken);
        var staleRetry = await storage.Outbox.MarkForRetryAsync(stale.Id, stale.Attempt, sentAt, "421 from A", CancellationToken);
        var staleFailed = await storage.Outbox.MarkFailedAsync(stale.Id, stale.Attempt, "550 from A", sentAt, CancellationToken);
        var stillSending = (await storage.Notifications.GetAsync(stale.Id, CancellationToken))!.Status;
        var currentSent = await storage.Outbox.MarkSentAsync(current.Id, current.Attempt, "250 2.0.0 Ok: queued as 4F2A", sentAt, CancellationToken);
        var sentTwice = await storage.Outbox.MarkSentAsync(current.Id, current.Attempt, "250 again", sentAt, CancellationToken);

        // Assert
        (staleSent, staleRetry, staleFailed).ShouldBe((false, false, false));
        stillSending.ShouldBe(NotificationStatus.Sending);
        (currentSent, sentTwice).ShouldBe((true, false));
        var record = (await storage.Notifications.GetAsync(current.Id, CancellationToken)).ShouldNotBeNull();
        (record.Status, record.SentAt, record.SmtpResponse, record.LeaseUntil)
            .ShouldBe((NotificationStatus.Sent, (DateTimeOffset?)sentAt, "250 2.0.0 Ok: queued as 4F2A", (DateTimeOffset?)null));
        (await storage.Audit.GetByPipAsync("pip-1", CancellationToken))
            .Select(entry => entry.Kind)
            .ShouldBe([AuditKinds.NotificationCreated, AuditKinds.NotificationSent]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task MarkForRetry_WaitsUntilTheNextAttempt(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("kickoff:pip-1"), TestStorage.Start, CancellationToken);
        var claim = (await storage.Outbox.ClaimDueAsync(TestStorage.Start, 10, Lease, CancellationToken)).ShouldHaveSingleItem();
        var retryAt = TestStorage.Start.AddMinutes(2);

        var marked = await storage.Outbox.MarkForRetryAsync(claim.Id, claim.Attempt, retryAt, "421 4.7.0 Try again later", CancellationToken);
        var early = await storage.Outbox.ClaimDueAsync(retryAt.AddSeconds(-1), 10, Lease, CancellationToken);
        var due = await storage.Outbox.ClaimDueAsync(retryAt, 10, Lease, CancellationToken);

        marked.ShouldBeTrue();
        early.ShouldBeEmpty();
        due.ShouldHaveSingleItem().Attempt.ShouldBe(2);
        (await storage.Notifications.GetAsync(claim.Id, CancellationToken))!.LastError.ShouldBe("421 4.7.0 Try again later");
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task MarkFailed_IsNeverClaimedAgain(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("kickoff:pip-1"), TestStorage.Start, CancellationToken);
        var claim = (await storage.Outbox.ClaimDueAsync(TestStorage.Start, 10, Lease, CancellationToken)).ShouldHaveSingleItem();

        var marked = await storage.Outbox.MarkFailedAsync(claim.Id, claim.Attempt, "550 5.1.1 No such user", TestStorage.Start, CancellationToken);

        marked.ShouldBeTrue();
        (await storage.Outbox.ClaimDueAsync(TestStorage.Start.AddDays(1), 10, Lease, CancellationToken)).ShouldBeEmpty();
        var record = (await storage.Notifications.GetAsync(claim.Id, CancellationToken)).ShouldNotBeNull();
        (record.Status, record.LastError).ShouldBe((NotificationStatus.Failed, "550 5.1.1 No such user"));
        (await storage.Audit.GetByPipAsync("pip-1", CancellationToken))[^1].DetailsJson
            .ShouldBe($$"""{"notification_id":{{claim.Id}},"idempotency_key":"kickoff:pip-1","kind":"manager_digest","message_id":"<kickoff:pip-1@pipwatch.example.com>","attempt":1,"error":"550 5.1.1 No such user"}""");
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task ExpireDue_ExpiresPendingAndAbandonedDigestsButNotEventNotes(StorageEngine engine)
    {
        // Arrange: a digest still pending, a digest abandoned mid-send, and an event note without expiry.
        await using var storage = await TestStorage.CreateAsync(engine);
        var expiresAt = TestStorage.Start.AddHours(12);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("digest:abandoned", expiresAt: expiresAt), TestStorage.Start, CancellationToken);
        var abandoned = (await storage.Outbox.ClaimDueAsync(TestStorage.Start, 10, Lease, CancellationToken)).ShouldHaveSingleItem();
        var late = expiresAt.AddMinutes(1);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("digest:pending", expiresAt: expiresAt), late.AddHours(-1), CancellationToken);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("celebration:pip-1:calls:50pct"), late.AddHours(-1), CancellationToken);
        await storage.Outbox.MarkForRetryAsync(abandoned.Id, abandoned.Attempt, late.AddHours(-1), "timeout", CancellationToken);
        await storage.Outbox.ClaimDueAsync(late.AddHours(-1), 1, Lease, CancellationToken);

        // Act
        var beforeExpiry = await storage.Outbox.ExpireDueAsync(expiresAt.AddSeconds(-1), CancellationToken);
        var claimableLate = await storage.Outbox.ClaimDueAsync(late, 10, Lease, CancellationToken);
        var expired = await storage.Outbox.ExpireDueAsync(late, CancellationToken);

        // Assert: nothing past its expiry is claimed; both digests expire; the event note is still delivered.
        beforeExpiry.ShouldBe(0);
        claimableLate.ShouldHaveSingleItem().IdempotencyKey.ShouldBe("celebration:pip-1:calls:50pct");
        expired.ShouldBe(2);
        var counts = await storage.Notifications.CountByStatusAsync(CancellationToken);
        (counts[NotificationStatus.Expired], counts[NotificationStatus.Sending]).ShouldBe((2, 1));
        (await storage.Audit.GetByPipAsync("pip-1", CancellationToken))
            .Count(entry => entry.Kind == AuditKinds.NotificationExpired).ShouldBe(2);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task MarkSent_AfterTheRowExpiredMidSend_RecordsTheTruth(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var expiresAt = TestStorage.Start.AddMinutes(1);
        await storage.Outbox.EnqueueAsync(Notifications.Digest("digest:slow", expiresAt: expiresAt), TestStorage.Start, CancellationToken);
        var claim = (await storage.Outbox.ClaimDueAsync(TestStorage.Start, 10, Lease, CancellationToken)).ShouldHaveSingleItem();
        (await storage.Outbox.ExpireDueAsync(TestStorage.Start + Lease, CancellationToken)).ShouldBe(1);

        var sent = await storage.Outbox.MarkSentAsync(claim.Id, claim.Attempt, "250 Ok", TestStorage.Start + Lease, CancellationToken);

        sent.ShouldBeTrue();
        (await storage.Notifications.GetAsync(claim.Id, CancellationToken))!.Status.ShouldBe(NotificationStatus.Sent);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Enqueue_WithoutRecipients_IsRejectedWithItsKey(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);

        var exception = await Should.ThrowAsync<ArgumentException>(() => storage.Outbox.EnqueueAsync(
            Notifications.Digest("digest:nobody") with { Recipients = [] },
            TestStorage.Start,
            CancellationToken));

        exception.Message.ShouldContain("The notification 'digest:nobody' cannot be stored: it needs at least one recipient");
    }
}
