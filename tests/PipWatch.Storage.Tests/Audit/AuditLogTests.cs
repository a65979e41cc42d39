using PipWatch.Storage.Audit;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Audit;

[Trait("Category", "Integration")]
public sealed class AuditLogTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task Append_ReadsBackThePipsEntriesInOrder(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.Audit.AppendAsync(
            new AuditEvent(TestStorage.Start, AuditKinds.AmendmentSeen, "pip-1", """{"date":"2025-03-10"}"""),
            CancellationToken);
        await storage.Audit.AppendAsync(new AuditEvent(TestStorage.Start, "custom_kind", "pip-2", null), CancellationToken);
        await storage.Audit.AppendAsync(
            new AuditEvent(TestStorage.Start.AddMinutes(1), "custom_kind", "pip-1", null),
            CancellationToken);

        var entries = await storage.Audit.GetByPipAsync("pip-1", CancellationToken);

        entries.Select(entry => (entry.At, entry.Kind, entry.PipId, entry.DetailsJson)).ShouldBe(
        [
            (TestStorage.Start, AuditKinds.AmendmentSeen, "pip-1", """{"date":"2025-03-10"}"""),
            (TestStorage.Start.AddMinutes(1), "custom_kind", "pip-1", null),
        ]);
        entries[0].Id.ShouldBeLessThan(entries[1].Id);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task RecordPipFile_AuditsANewOrChangedFileOnce(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var amendment = new AuditEvent(TestStorage.Start.AddDays(1), AuditKinds.AmendmentSeen, "pip-1", """{"date":"2025-03-04"}""");

        var first = await storage.Audit.RecordPipFileAsync("pip-1", "hash-a", TestStorage.Start, null, null, CancellationToken);
        var unchanged = await storage.Audit.RecordPipFileAsync(
            "pip-1", "hash-a", TestStorage.Start.AddHours(1), null, [amendment], CancellationToken);
        var changed = await storage.Audit.RecordPipFileAsync(
            "pip-1", "hash-b", TestStorage.Start.AddDays(1), """{"file":"pips/ana.yaml"}""", [amendment], CancellationToken);

        (first, unchanged, changed).ShouldBe((true, false, true));
        (await storage.Audit.GetByPipAsync("pip-1", CancellationToken))
            .Select(entry => (entry.Kind, entry.DetailsJson))
            .ShouldBe(
            [
                (AuditKinds.PipFileSeen, null),
                (AuditKinds.PipFileSeen, """{"file":"pips/ana.yaml"}"""),
                (AuditKinds.AmendmentSeen, """{"date":"2025-03-04"}"""),
            ]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task RecordPipFile_SameChangeSeenByConcurrentReplicas_IsAuditedOnce(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.Audit.RecordPipFileAsync("pip-1", "hash-a", TestStorage.Start, null, null, CancellationToken);
        var logs = Enumerable.Range(0, 6).Select(_ => new AuditLog(storage.OpenAnother())).ToList();

        var results = await Task.WhenAll(logs.Select(log => Task.Run(
            () => log.RecordPipFileAsync("pip-1", "hash-b", TestStorage.Start.AddDays(1), null, null, CancellationToken),
            CancellationToken)));

        results.Count(isNew => isNew).ShouldBe(1);
        (await storage.Audit.GetByPipAsync("pip-1", CancellationToken)).Count.ShouldBe(2);
    }
}
