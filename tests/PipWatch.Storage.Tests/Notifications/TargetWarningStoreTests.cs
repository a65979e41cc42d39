using PipWatch.Storage.Notifications;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Notifications;

[Trait("Category", "Integration")]
public sealed class TargetWarningStoreTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task Record_KeepsTheLatestWarningPerTarget(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var atRisk = new TargetWarning("pip-1", "calls", "at_risk", TestStorage.Start);
        var offTrack = atRisk with { Status = "off_track", WarnedAt = TestStorage.Start.AddDays(2) };
        var emails = new TargetWarning("pip-1", "emails", "at_risk", TestStorage.Start.AddDays(1));

        await storage.Warnings.RecordAsync(atRisk, CancellationToken);
        await storage.Warnings.RecordAsync(offTrack, CancellationToken);
        await storage.Warnings.RecordAsync(atRisk, CancellationToken);
        await storage.Warnings.RecordAsync(emails, CancellationToken);

        (await storage.Warnings.GetLastAsync("pip-1", "calls", CancellationToken)).ShouldBe(offTrack);
        (await storage.Warnings.GetLastAsync("pip-1", "meetings", CancellationToken)).ShouldBeNull();
        (await storage.Warnings.GetLastForPipAsync("pip-1", CancellationToken)).ShouldBe([offTrack, emails]);
    }
}
