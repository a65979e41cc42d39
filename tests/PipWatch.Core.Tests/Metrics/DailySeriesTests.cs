using PipWatch.Core.Metrics;
using PipWatch.Core.Tests.Builders;
using static PipWatch.Core.Tests.Builders.Days;

namespace PipWatch.Core.Tests.Metrics;

public sealed class DailySeriesTests
{
    private const string Rep = PlanScenario.Rep;

    private static DailyMetricValue Value(string metric, string day, double sum, long count) => new(Rep, metric, D(day), sum, count);

    [Fact]
    public void Sum_And_Count_Over_A_Range_Add_The_Days_And_Treat_Missing_Days_As_Zero()
    {
        // Arrange: nothing logged on the 3rd.
        var series = DailySeries.Create(
        [
            Value("pipeline", "2026-03-02", 1000, 1),
            Value("pipeline", "2026-03-04", 2500.5, 2),
            Value("pipeline", "2026-03-05", 700, 1),
        ]);

        // Assert
        series.Sum(D("2026-03-02"), D("2026-03-05")).ShouldBe(4200.5);
        series.Count(D("2026-03-02"), D("2026-03-05")).ShouldBe(4);
        series.Sum(D("2026-03-03"), D("2026-03-03")).ShouldBe(0);
        series.Sum(D("2026-03-04"), D("2026-03-04")).ShouldBe(2500.5);
        series.Sum(D("2026-02-01"), D("2026-12-31")).ShouldBe(4200.5);
        series.Sum(D("2026-03-06"), D("2026-03-31")).ShouldBe(0);
        series.Sum(D("2026-03-05"), D("2026-03-02")).ShouldBe(0);
    }

    [Fact]
    public void Several_Records_For_One_Day_Add_Up()
    {
        var series = DailySeries.Create([Value("calls", "2026-03-02", 4, 4), Value("calls", "2026-03-02", 3, 3)]);

        series.Count(D("2026-03-02"), D("2026-03-02")).ShouldBe(7);
        series.Length.ShouldBe(1);
    }

    [Fact]
    public void Empty_Series_Reads_Zero_Everywhere()
    {
        var series = DailySeries.Create([]);

        series.ShouldBeSameAs(DailySeries.Empty);
        series.Sum(D("2026-03-02"), D("2026-03-31")).ShouldBe(0);
        series.Count(D("2026-03-02"), D("2026-03-31")).ShouldBe(0);
        series.FirstDay.ShouldBeNull();
    }

    [Fact]
    public void A_Series_Holds_One_Metric_And_Says_Which_Record_Does_Not_Fit()
    {
        var ex = Should.Throw<ArgumentException>(() => DailySeries.Create([Value("calls", "2026-03-02", 4, 4), Value("emails", "2026-03-03", 9, 9)]));

        ex.Message.ShouldContain("emails");
        ex.Message.ShouldContain("2026-03-03");
    }

    [Fact]
    public void A_Value_That_Is_Not_A_Number_Is_Rejected_With_Its_Day()
    {
        var ex = Should.Throw<ArgumentException>(() => DailySeries.Create([Value("pipeline", "2026-03-02", double.NaN, 1)]));

        ex.Message.ShouldContain("2026-03-02");
        ex.Message.ShouldContain("pipeline");
    }

    [Fact]
    public void By_Metric_Splits_A_Reps_Records_And_Keeps_Each_Metrics_Refresh_Time()
    {
        var polled = Utc("2026-03-05 12:00");
        var series = DailySeries.ByMetric(
            [Value("calls", "2026-03-02", 4, 4), Value("emails", "2026-03-02", 9, 9), Value("calls", "2026-03-03", 6, 6)],
            new Dictionary<string, DateTimeOffset> { ["calls"] = polled, ["meetings_held"] = polled });

        series.Keys.Order().ShouldBe(["calls", "emails", "meetings_held"]);
        series["calls"].Count(D("2026-03-02"), D("2026-03-03")).ShouldBe(10);
        series["calls"].DataAsOf.ShouldBe(polled);
        series["emails"].DataAsOf.ShouldBeNull();
        series["meetings_held"].Count(D("2026-03-02"), D("2026-03-03")).ShouldBe(0);
    }

    [Fact]
    public void Ratio_Is_Sum_Of_Numerators_Over_Sum_Of_Denominators_Never_The_Mean_Of_Daily_Ratios()
    {
        // Arrange: day 1: 1 opportunity from 1 meeting (100 %); day 2: 1 from 9 (11 %).
        var series = DailySeries.ByMetric(
        [
            Value("opps_created", "2026-03-02", 1, 1), Value("meetings_held", "2026-03-02", 1, 1),
            Value("opps_created", "2026-03-03", 1, 1), Value("meetings_held", "2026-03-03", 9, 9),
        ]);
        var conversion = MetricReader.Create(TestCatalog.Default.Get("conversion", "test"), TestCatalog.Default, series);

        // Act
        var value = conversion.Value(D("2026-03-02"), D("2026-03-03"));

        // Assert: 2 / 10, not (100 % + 11 %) / 2.
        value.ShouldBe(0.2);
        conversion.Sample(D("2026-03-02"), D("2026-03-03")).ShouldBe(10);
    }

    [Fact]
    public void Average_Is_Sum_Over_Count_Across_Days()
    {
        // Arrange: one call scored 90 on day 1; three calls scoring 60 in total 180 on day 2.
        var series = DailySeries.ByMetric([Value("call_score", "2026-03-02", 90, 1), Value("call_score", "2026-03-03", 180, 3)]);
        var score = MetricReader.Create(TestCatalog.Default.Get("call_score", "test"), TestCatalog.Default, series);

        // Assert: (90 + 180) / 4 = 67.5, not (90 + 60) / 2 = 75.
        score.Value(D("2026-03-02"), D("2026-03-03")).ShouldBe(67.5);
        score.Sample(D("2026-03-02"), D("2026-03-03")).ShouldBe(4);
    }

    [Fact]
    public void Quotient_With_Nothing_To_Divide_By_Has_No_Value()
    {
        var conversion = MetricReader.Create(TestCatalog.Default.Get("conversion", "test"), TestCatalog.Default, new Dictionary<string, DailySeries>());

        conversion.Value(D("2026-03-02"), D("2026-03-03")).ShouldBeNull();
    }

    [Fact]
    public void Count_Metrics_Read_The_Record_Count_And_Sum_Metrics_Read_The_Sum()
    {
        var series = DailySeries.ByMetric([Value("calls", "2026-03-02", 0, 12), Value("pipeline", "2026-03-02", 5400, 2)]);

        MetricReader.Create(TestCatalog.Default.Get("calls", "test"), TestCatalog.Default, series).Value(D("2026-03-02"), D("2026-03-02")).ShouldBe(12);
        MetricReader.Create(TestCatalog.Default.Get("pipeline", "test"), TestCatalog.Default, series).Value(D("2026-03-02"), D("2026-03-02")).ShouldBe(5400);
    }

    [Fact]
    public void Count_Distinct_Metric_Reads_The_Distinct_Count_Not_The_Record_Count()
    {
        // Arrange: 3 accounts worked through 9 tasks on one day, as the fetcher stores it (distinct in Sum, records in Count).
        var accounts = new QueryMetric("accounts", "Accounts worked", MetricUnit.Count, "Task", "OwnerId", "ActivityDate", DateFieldKind.Date, MetricAggregate.CountDistinct, "AccountId", null);
        var catalog = new MetricCatalog([accounts]);
        var series = new Dictionary<string, DailySeries> { ["accounts"] = DailySeries.Create([Value("accounts", "2026-03-02", 3, 9)]) };

        // Act
        var value = MetricReader.Create(accounts, catalog, series).Value(D("2026-03-02"), D("2026-03-02"));

        // Assert
        value.ShouldBe(3);
    }
}
