using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Evaluations;

[Trait("Category", "Integration")]
public sealed class EvaluationStateStoreTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task Set_Twice_KeepsTheLatestStateVerbatim(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        const string Latest = """{ "streak":  3, "comeback_days": [ "2025-03-03" ] }""";

        var before = await storage.EvaluationState.GetAsync("pip-1", CancellationToken);
        await storage.EvaluationState.SetAsync("pip-1", """{"streak":2}""", TestStorage.Start, CancellationToken);
        await storage.EvaluationState.SetAsync("pip-1", Latest, TestStorage.Start.AddDays(1), CancellationToken);

        before.ShouldBeNull();
        (await storage.EvaluationState.GetAsync("pip-1", CancellationToken)).ShouldBe(Latest);
        (await storage.EvaluationState.GetAsync("pip-2", CancellationToken)).ShouldBeNull();
    }
}
