using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Settings;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

public sealed class PlanValidationTests
{
    [Theory]
    [InlineData("rate on a count", "rate target on 'calls'")]
    [InlineData("total on a ratio", "total target on 'conversion'")]
    [InlineData("weekly on an average", "weekly target on 'call_score'")]
    [InlineData("unknown metric", "names metric 'dials'")]
    [InlineData("duplicate id", "two targets with the id 'calls'")]
    [InlineData("negative goal", "goal -5")]
    [InlineData("negative min sample", "min_sample -1")]
    [InlineData("empty window", "window of 0 working days")]
    public void Plan_That_Cannot_Be_Evaluated_Is_Rejected_With_Plan_Target_And_Problem(string problem, string message)
    {
        // Arrange
        var scenario = new PlanScenario("2026-03-02", "2026-03-27");
        _ = problem switch
        {
            "rate on a count" => scenario.Rate("calls", 10),
            "total on a ratio" => scenario.Total("conversion", 0.3),
            "weekly on an average" => scenario.Weekly("call_score", 70),
            "unknown metric" => scenario.Total("dials", 100),
            "duplicate id" => scenario.Total("calls", 100).Weekly("calls", 20),
            "negative goal" => scenario.Total("calls", -5),
            "negative min sample" => scenario.Rate("conversion", 0.3, minSample: -1),
            _ => scenario.Rate("conversion", 0.3, window: 0),
        };

        // Act
        var ex = Should.Throw<ArgumentException>(scenario.Prepare);

        // Assert
        ex.Message.ShouldContain("pip-jordan");
        ex.Message.ShouldContain(message);
    }

    [Fact]
    public void Ratio_Of_An_Average_Is_Rejected_Naming_Both_Metrics()
    {
        var catalog = new MetricCatalog(
        [
            .. TestCatalog.Default.All,
            new RatioMetric("score_per_call", "Score per call", MetricUnit.Score, "call_score", "calls"),
        ]);
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Rate("score_per_call", 2);

        var ex = Should.Throw<ArgumentException>(() => PreparedPlan.Create(scenario.Pip, new CalendarSettings(), TimeZones.FromIana("UTC"), catalog));

        ex.Message.ShouldContain("score_per_call");
        ex.Message.ShouldContain("call_score");
    }

    [Fact]
    public void Plan_File_Is_Named_In_The_Message_When_Known()
    {
        var scenario = new PlanScenario("2026-03-02", "2026-03-27").Total("dials", 100);
        var pip = scenario.Pip with { SourceFile = "config/pips/jordan.yaml" };

        var ex = Should.Throw<ArgumentException>(() => PreparedPlan.Create(pip, new CalendarSettings(), scenario.Zone, TestCatalog.Default));

        ex.Message.ShouldContain("config/pips/jordan.yaml");
    }

    [Fact]
    public void Duplicate_Metric_In_The_Catalogue_Is_Rejected_By_Name()
    {
        var ex = Should.Throw<ArgumentException>(() => new MetricCatalog([.. TestCatalog.Default.All, TestCatalog.Default.Get("calls", "test")]));

        ex.Message.ShouldContain("'calls' twice");
    }
}
