using PipWatch.Storage.Polling;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Polling;

[Trait("Category", "Integration")]
public sealed class PollRunStoreTests
{
    private static readonly DateOnly From = new(2025, 2, 17);
    private static readonly DateOnly To = new(2025, 3, 3);

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task StartAndFinish_RoundTripEveryField(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var finishedAt = TestStorage.Start.AddMinutes(3);

        var id = await storage.PollRuns.StartAsync(TestStorage.Start, From, To, CancellationToken);
        await storage.PollRuns.FinishAsync(
            id,
            new PollRunResult(
                finishedAt,
                PollOutcome.StoppedAtLimit,
                ApiCalls: 17,
                LimitUsed: 4_990,
                LimitAllowed: 5_000,
                new Dictionary<string, string> { ["meetings_held"] = "REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded." }),
            CancellationToken);

        var run = (await storage.PollRuns.GetLatestAsync(CancellationToken)).ShouldNotBeNull();
        run.Id.ShouldBe(id);
        run.StartedAt.ShouldBe(TestStorage.Start);
        run.FinishedAt.ShouldBe(finishedAt);
        (run.WindowFrom, run.WindowTo).ShouldBe((From, To));
        run.Outcome.ShouldBe(PollOutcome.StoppedAtLimit);
        (run.ApiCalls, run.LimitUsed, run.LimitAllowed).ShouldBe((17, (int?)4_990, (int?)5_000));
        run.ErrorsByMetric.ShouldBe(
            new Dictionary<string, string> { ["meetings_held"] = "REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded." });
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task GetLatest_WhileAPollRuns_ShowsItUnfinishedBesideTheLastFinishedOne(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var first = await storage.PollRuns.StartAsync(TestStorage.Start, From, To, CancellationToken);
        await storage.PollRuns.FinishAsync(first, Succeeded(TestStorage.Start.AddMinutes(1)), CancellationToken);
        var second = await storage.PollRuns.StartAsync(TestStorage.Start.AddHours(1), To, To, CancellationToken);

        var latest = (await storage.PollRuns.GetLatestAsync(CancellationToken)).ShouldNotBeNull();
        var latestFinished = (await storage.PollRuns.GetLatestFinishedAsync(CancellationToken)).ShouldNotBeNull();
        var recent = await storage.PollRuns.GetRecentAsync(5, CancellationToken);

        (latest.Id, latest.Outcome, latest.FinishedAt).ShouldBe((second, (PollOutcome?)null, (DateTimeOffset?)null));
        latest.ErrorsByMetric.ShouldBeEmpty();
        (latestFinished.Id, latestFinished.Outcome).ShouldBe((first, (PollOutcome?)PollOutcome.Succeeded));
        recent.Select(run => run.Id).ShouldBe([second, first]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Finish_Twice_IsRefusedWithTheRunId(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var id = await storage.PollRuns.StartAsync(TestStorage.Start, From, To, CancellationToken);
        await storage.PollRuns.FinishAsync(id, Succeeded(TestStorage.Start.AddMinutes(1)), CancellationToken);

        var exception = await Should.ThrowAsync<InvalidOperationException>(
            () => storage.PollRuns.FinishAsync(id, Succeeded(TestStorage.Start.AddMinutes(2)), CancellationToken));

        exception.Message.ShouldBe($"Poll run {id} does not exist or has already finished.");
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task GetLatest_BeforeAnyPoll_IsNull(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);

        (await storage.PollRuns.GetLatestAsync(CancellationToken)).ShouldBeNull();
        (await storage.PollRuns.GetLatestFinishedAsync(CancellationToken)).ShouldBeNull();
    }

    private static PollRunResult Succeeded(DateTimeOffset finishedAt) =>
        new(finishedAt, PollOutcome.Succeeded, 8, 100, 5_000, new Dictionary<string, string>());
}
