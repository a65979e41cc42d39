using PipWatch.Core.Evaluation;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>The evaluation allocates per plan and per target, never per day: a year-long plan costs what a quarter does.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void Evaluation_Allocates_Nothing_Per_Day()
    {
        // Arrange: the same targets over 90 and over 360 days, with activity every day.
        var quarter = Allocation("2026-01-05", "2026-04-04");
        var year = Allocation("2026-01-05", "2026-12-30");

        // Assert
        year.ShouldBe(quarter);
    }

    private static long Allocation(string start, string end)
    {
        var scenario = new PlanScenario(start, end)
            .Total("calls", 2000)
            .Total("pipeline", 500_000)
            .Rate("conversion", 0.25, minSample: 10)
            .Rate("call_score", 70, window: 10)
            .LogWorkingDays("calls", start, end, 20)
            .LogWorkingDays("pipeline", start, end, 3000, count: 1)
            .LogWorkingDays("meetings_held", start, end, 2)
            .LogWorkingDays("opps_created", start, end, 1)
            .LogWorkingDays("call_score", start, end, 150, count: 2);
        var plan = scenario.Prepare();
        var series = scenario.Series();
        var asOf = scenario.Instant("2026-03-20 10:00");
        var previous = PlanEvaluator.Evaluate(plan, series, scenario.Thresholds, null, asOf).State;
        for (var i = 0; i < 3; i++)
        {
            PlanEvaluator.Evaluate(plan, series, scenario.Thresholds, previous, asOf);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        PlanEvaluator.Evaluate(plan, series, scenario.Thresholds, previous, asOf);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
