using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Evaluations;

[Trait("Category", "Integration")]
public sealed class EvaluationHistoryStoreTests
{
    private static readonly DateOnly Monday = new(2025, 3, 3);

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task Upsert_SameDayTwice_KeepsTheLaterEvaluation(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var morning = Record("calls", Monday, "on_track", TestStorage.Start);
        var evening = morning with { Status = "at_risk", Pace = 0.85, EvaluatedAt = TestStorage.Start.AddHours(10) };

        await storage.Evaluations.UpsertAsync([morning], CancellationToken);
        await storage.Evaluations.UpsertAsync([evening], CancellationToken);

        (await storage.Evaluations.GetHistoryAsync("pip-1", CancellationToken)).ShouldBe([evening]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Upsert_OlderEvaluationArrivingLate_DoesNotReplaceTheNewerOne(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var newer = Record("calls", Monday, "at_risk", TestStorage.Start.AddHours(10));
        var older = newer with { Status = "on_track", EvaluatedAt = TestStorage.Start };

        await storage.Evaluations.UpsertAsync([newer], CancellationToken);
        await storage.Evaluations.UpsertAsync([older], CancellationToken);

        (await storage.Evaluations.GetHistoryAsync("pip-1", CancellationToken)).ShouldBe([newer]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task GetLatestBefore_ReturnsEachTargetsPreviousDay(StorageEngine engine)
    {
        // Arrange: calls evaluated Mon–Wed, emails only Mon; another PIP is noise.
        await using var storage = await TestStorage.CreateAsync(engine);
        EvaluationRecord[] records =
        [
            Record("calls", Monday, "not_started", TestStorage.Start),
            Record("calls", Monday.AddDays(1), "on_track", TestStorage.Start.AddDays(1)),
            Record("calls", Monday.AddDays(2), "at_risk", TestStorage.Start.AddDays(2)),
            Record("emails", Monday, "on_track", TestStorage.Start),
            Record("calls", Monday.AddDays(1), "off_track", TestStorage.Start.AddDays(1)) with { PipId = "pip-2" },
        ];
        await storage.Evaluations.UpsertAsync(records, CancellationToken);

        // Act
        var yesterday = await storage.Evaluations.GetLatestBeforeAsync("pip-1", Monday.AddDays(2), CancellationToken);
        var latest = await storage.Evaluations.GetLatestAsync("pip-1", CancellationToken);

        // Assert
        yesterday.ShouldBe([records[1], records[3]]);
        latest.ShouldBe([records[2], records[3]]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task GetHistory_OrdersByTargetThenDayAndKeepsMissingFiguresNull(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var early = Record("win_rate", Monday, "not_started", TestStorage.Start) with
        {
            Reason = "within the grace period",
            Expected = null,
            Pace = null,
            Projection = null,
            RequiredRate = null,
        };
        var calls = Record("calls", Monday.AddDays(1), "on_track", TestStorage.Start.AddDays(1));
        var callsBefore = Record("calls", Monday, "on_track", TestStorage.Start);

        await storage.Evaluations.UpsertAsync([early, calls, callsBefore], CancellationToken);

        (await storage.Evaluations.GetHistoryAsync("pip-1", CancellationToken)).ShouldBe([callsBefore, calls, early]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task GetStatuses_ListsEachStoredDaysStatusByTargetThenDay_OfThatPipOnly(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var winRate = Record("win_rate", Monday, "not_started", TestStorage.Start);
        var callsTuesday = Record("calls", Monday.AddDays(1), "at_risk", TestStorage.Start.AddDays(1));
        var callsMonday = Record("calls", Monday, "on_track", TestStorage.Start);
        var otherPip = callsMonday with { PipId = "pip-2", Status = "off_track" };

        await storage.Evaluations.UpsertAsync([winRate, callsTuesday, callsMonday, otherPip], CancellationToken);

        (await storage.Evaluations.GetStatusesAsync("pip-1", CancellationToken)).ShouldBe(
        [
            new DailyStatus("calls", Monday, "on_track"),
            new DailyStatus("calls", Monday.AddDays(1), "at_risk"),
            new DailyStatus("win_rate", Monday, "not_started"),
        ]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Upsert_InfiniteFigure_IsRejectedWithItsTarget(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);

        var exception = await Should.ThrowAsync<ArgumentException>(() => storage.Evaluations.UpsertAsync(
            [Record("calls", Monday, "on_track", TestStorage.Start) with { Pace = double.PositiveInfinity }],
            CancellationToken));

        exception.Message.ShouldContain("PIP pip-1, target calls on 2025-03-03");
    }

    private static EvaluationRecord Record(string target, DateOnly day, string status, DateTimeOffset evaluatedAt) =>
        new("pip-1", target, day, status, null, 42, 300, 40, 1.05, 310.5, 6.25, evaluatedAt);
}
