using PipWatch.Core.Metrics;
using PipWatch.Storage.Metrics;
using PipWatch.Storage.Tests.Infrastructure;

namespace PipWatch.Storage.Tests.Metrics;

[Trait("Category", "Integration")]
public sealed class MetricValueStoreTests
{
    private static readonly DateOnly Monday = new(2025, 3, 3);

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(Engines))]
    public async Task Upsert_SameValuesTwice_ChangesNothingTheSecondTime(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        DailyMetricValue[] values =
        [
            new("005A", "calls", Monday, 12, 12),
            new("005A", "calls", Monday.AddDays(1), 0.1 + 0.2, 3),
            new("005B", "pipeline", Monday, 125_000.75, 2),
        ];

        var first = await storage.MetricValues.UpsertAsync(values, TestStorage.Start, CancellationToken);
        var second = await storage.MetricValues.UpsertAsync(values, TestStorage.Start.AddHours(1), CancellationToken);

        first.ShouldBe(3);
        second.ShouldBe(0);
        var stored = await storage.MetricValues.ReadAsync(Window(["005A", "005B"], ["calls", "pipeline"]), CancellationToken);
        stored.ShouldBe(values);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Upsert_RestatedDay_OverwritesOnlyThatDay(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.MetricValues.UpsertAsync(
            [new("005A", "calls", Monday, 10, 10), new("005A", "calls", Monday.AddDays(1), 7, 7)],
            TestStorage.Start,
            CancellationToken);

        // Act: the rep logged two more calls on Monday, late.
        var changed = await storage.MetricValues.UpsertAsync(
            [new("005A", "calls", Monday, 12, 12), new("005A", "calls", Monday.AddDays(1), 7, 7)],
            TestStorage.Start.AddDays(2),
            CancellationToken);

        changed.ShouldBe(1);
        var stored = await storage.MetricValues.ReadAsync(Window(["005A"], ["calls"]), CancellationToken);
        stored.Select(value => (value.Day, value.Sum, value.Count))
            .ShouldBe([(Monday, 12d, 12L), (Monday.AddDays(1), 7d, 7L)]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Upsert_ThousandsOfRows_StoresEveryRowInOneCall(StorageEngine engine)
    {
        // 25 reps × 8 metrics × 60 days: more rows than one PostgreSQL batch holds.
        await using var storage = await TestStorage.CreateAsync(engine);
        var reps = Enumerable.Range(0, 25).Select(index => $"005{index:D3}").ToList();
        var metrics = Enumerable.Range(0, 8).Select(index => $"metric_{index}").ToList();
        var values = (
            from rep in reps
            from metric in metrics
            from offset in Enumerable.Range(0, 60)
            select new DailyMetricValue(rep, metric, Monday.AddDays(offset), offset * 1.5, offset)).ToList();

        var changed = await storage.MetricValues.UpsertAsync(values, TestStorage.Start, CancellationToken);

        changed.ShouldBe(12_000);
        var stored = await storage.MetricValues.ReadAsync(
            new MetricWindow(reps, metrics, Monday, Monday.AddDays(59)),
            CancellationToken);
        stored.ShouldBe(values);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Upsert_SameKeyTwiceInOneCall_KeepsTheLastValue(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);

        var changed = await storage.MetricValues.UpsertAsync(
            [new("005A", "calls", Monday, 1, 1), new("005A", "calls", Monday, 4, 4)],
            TestStorage.Start,
            CancellationToken);

        changed.ShouldBe(1);
        (await storage.MetricValues.ReadAsync(Window(["005A"], ["calls"]), CancellationToken))
            .ShouldBe([new DailyMetricValue("005A", "calls", Monday, 4, 4)]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Upsert_NonFiniteSum_IsRejectedWithItsKey(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);

        var exception = await Should.ThrowAsync<ArgumentException>(() => storage.MetricValues.UpsertAsync(
            [new("005A", "win_rate", Monday, double.NaN, 1)],
            TestStorage.Start,
            CancellationToken));

        exception.Message.ShouldContain("rep 005A, metric win_rate on 2025-03-03");
        exception.Message.ShouldContain("not a finite number");
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task Read_ReturnsOnlyTheRequestedRepsMetricsAndDays(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.MetricValues.UpsertAsync(
            [
                new("005A", "calls", Monday.AddDays(-1), 1, 1),
                new("005A", "calls", Monday, 2, 2),
                new("005A", "calls", Monday.AddDays(4), 3, 3),
                new("005A", "calls", Monday.AddDays(5), 4, 4),
                new("005A", "emails", Monday, 5, 5),
                new("005B", "calls", Monday, 6, 6),
                new("005C", "calls", Monday, 7, 7),
            ],
            TestStorage.Start,
            CancellationToken);

        var stored = await storage.MetricValues.ReadAsync(
            new MetricWindow(["005C", "005A"], ["calls"], Monday, Monday.AddDays(4)),
            CancellationToken);

        stored.Select(value => (value.RepUserId, value.Day, value.Sum))
            .ShouldBe([("005A", Monday, 2d), ("005A", Monday.AddDays(4), 3d), ("005C", Monday, 7d)]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task ReplaceWindow_DayNoLongerReported_DropsToZero(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        var window = Window(["005A"], ["calls"]);
        await storage.MetricValues.UpsertAsync(
            [new("005A", "calls", Monday, 3, 3), new("005A", "calls", Monday.AddDays(1), 5, 5)],
            TestStorage.Start,
            CancellationToken);

        // Act: Tuesday's activities were deleted in Salesforce, so the new poll reports Monday only.
        var changed = await storage.MetricValues.ReplaceWindowAsync(
            window,
            [new("005A", "calls", Monday, 3, 3)],
            TestStorage.Start.AddDays(1),
            CancellationToken);

        changed.ShouldBe(1);
        (await storage.MetricValues.ReadAsync(window, CancellationToken))
            .Select(value => (value.Day, value.Sum, value.Count))
            .ShouldBe([(Monday, 3d, 3L), (Monday.AddDays(1), 0d, 0L)]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task ReplaceWindow_LeavesDaysOutsideTheWindowAlone(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);
        await storage.MetricValues.UpsertAsync(
            [new("005A", "calls", Monday.AddDays(-1), 9, 9), new("005B", "calls", Monday, 4, 4)],
            TestStorage.Start,
            CancellationToken);

        await storage.MetricValues.ReplaceWindowAsync(
            Window(["005A"], ["calls"]),
            [],
            TestStorage.Start.AddDays(1),
            CancellationToken);

        (await storage.MetricValues.ReadAsync(
                new MetricWindow(["005A", "005B"], ["calls"], Monday.AddDays(-7), Monday.AddDays(7)),
                CancellationToken))
            .Select(value => (value.RepUserId, value.Sum))
            .ShouldBe([("005A", 9d), ("005B", 4d)]);
    }

    [Theory, ClassData(typeof(Engines))]
    public async Task ReplaceWindow_ValueOutsideTheWindow_IsRejected(StorageEngine engine)
    {
        await using var storage = await TestStorage.CreateAsync(engine);

        var exception = await Should.ThrowAsync<ArgumentException>(() => storage.MetricValues.ReplaceWindowAsync(
            Window(["005A"], ["calls"]),
            [new("005A", "calls", Monday.AddDays(30), 1, 1)],
            TestStorage.Start,
            CancellationToken));

        exception.Message.ShouldContain("rep 005A, metric calls on 2025-04-02 lies outside the window");
    }

    [Fact]
    public void Window_EndingBeforeItStarts_IsRejected()
    {
        var exception = Should.Throw<ArgumentException>(() => new MetricWindow(["005A"], ["calls"], Monday, Monday.AddDays(-1)));

        exception.Message.ShouldContain("ends on 2025-03-02, before it starts on 2025-03-03");
    }

    private static MetricWindow Window(IReadOnlyCollection<string> reps, IReadOnlyCollection<string> metrics) =>
        new(reps, metrics, Monday, Monday.AddDays(6));
}
