using PipWatch.Storage.Milestones;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Milestones;

[Trait("Category", "Integration")]
public sealed class MilestoneStoreTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task TryRecord_SameKeyAgain_ReturnsFalseAndKeepsTheFirst(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var first = new FiredMilestone("pip-1", "calls:50pct", TestStorage.Start, """{"actual":150}""");

        var recorded = await storage.Milestones.TryRecordAsync(first, CancellationToken);
        var again = await storage.Milestones.TryRecordAsync(
            first with { FiredAt = TestStorage.Start.AddDays(3), DetailsJson = """{"actual":151}""" },
            CancellationToken);
        var otherPip = await storage.Milestones.TryRecordAsync(first with { PipId = "pip-2" }, CancellationToken);

        recorded.ShouldBeTrue();
        again.ShouldBeFalse();
        otherPip.ShouldBeTrue();
        (await storage.Milestones.GetAsync("pip-1", CancellationToken)).ShouldBe([first]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task TryRecord_FromConcurrentWorkers_ReportsNewToExactlyOne(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var stores = Enumerable.Range(0, 6).Select(_ => new MilestoneStore(storage.OpenAnother())).ToList();
        var milestone = new FiredMilestone("pip-1", "pip:passed", TestStorage.Start, null);

        var results = await Task.WhenAll(stores.Select(store => Task.Run(
            () => store.TryRecordAsync(milestone, CancellationToken),
            CancellationToken)));

        results.Count(isNew => isNew).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task TryRecord_WithoutKey_IsRejected(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);

        var exception = await Should.ThrowAsync<ArgumentException>(() => storage.Milestones.TryRecordAsync(
            new FiredMilestone("pip-1", " ", TestStorage.Start, null),
            CancellationToken));

        exception.Message.ShouldContain("needs a PIP id and a key (PIP 'pip-1'");
    }
}
