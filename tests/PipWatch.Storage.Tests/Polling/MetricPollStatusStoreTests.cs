using PipWatch.Storage.Polling;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Polling;

[Trait("Category", "Integration")]
public sealed class MetricPollStatusStoreTests
{
    private static readonly DateOnly Watermark = new(2025, 3, 2);

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task RecordFailure_AfterSuccess_KeepsTheWatermarkAndAddsTheError(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var failedAt = TestStorage.Start.AddHours(1);

        await storage.PollStatus.RecordSuccessAsync("calls", TestStorage.Start, Watermark, CancellationToken);
        await storage.PollStatus.RecordFailureAsync("calls", failedAt, "QUERY_TIMEOUT", CancellationToken);
        await storage.PollStatus.RecordFailureAsync("emails", failedAt, "INVALID_FIELD", CancellationToken);

        (await storage.PollStatus.GetAllAsync(CancellationToken)).ShouldBe(
        [
            new MetricPollStatus("calls", TestStorage.Start, Watermark, "QUERY_TIMEOUT", failedAt),
            new MetricPollStatus("emails", null, null, "INVALID_FIELD", failedAt),
        ]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task RecordSuccess_MovesTheWatermarkAndTheSuccessTime(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var later = TestStorage.Start.AddDays(1);

        await storage.PollStatus.RecordSuccessAsync("calls", TestStorage.Start, Watermark, CancellationToken);
        await storage.PollStatus.RecordSuccessAsync("calls", later, Watermark.AddDays(1), CancellationToken);

        var status = (await storage.PollStatus.GetAllAsync(CancellationToken)).ShouldHaveSingleItem();
        (status.LastSuccessAt, status.WatermarkDay).ShouldBe((later, Watermark.AddDays(1)));
    }

    [Fact]
    public void IsStale_ComparesTheLastSuccessWithTheAllowedAge()
    {
        var now = TestStorage.Start;
        var fresh = new MetricPollStatus("calls", now.AddHours(-6), Watermark, null, null);
        var old = fresh with { LastSuccessAt = now.AddHours(-6).AddSeconds(-1) };
        var never = fresh with { LastSuccessAt = null };

        fresh.IsStale(now, TimeSpan.FromHours(6)).ShouldBeFalse();
        old.IsStale(now, TimeSpan.FromHours(6)).ShouldBeTrue();
        never.IsStale(now, TimeSpan.FromHours(6)).ShouldBeTrue();
    }
}
