using Microsoft.Extensions.Time.Testing;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Metrics;

namespace PipWatch.Salesforce.Tests.Metrics;

public sealed class PollWindowTests
{
    private static readonly DateOnly PlanStart = new(2026, 3, 2);
    private static readonly DateOnly Today = new(2026, 4, 15);

    [Fact]
    public void Compute_Reads_The_Whole_Plan_On_The_First_Poll() =>
        PollWindow.Compute(PlanStart, null, Today).ShouldBe(new DateRange(PlanStart, Today));

    [Fact]
    public void Compute_Rereads_The_Restatement_Window_Before_The_Watermark() =>
        PollWindow.Compute(PlanStart, new DateOnly(2026, 4, 14), Today).ShouldBe(new DateRange(new DateOnly(2026, 3, 31), Today));

    [Fact]
    public void Compute_Never_Reads_Before_The_Plan_Start() =>
        PollWindow.Compute(PlanStart, new DateOnly(2026, 3, 5), Today, restatementDays: 14).ShouldBe(new DateRange(PlanStart, Today));

    [Fact]
    public void Compute_Returns_Null_Before_The_Plan_Starts() =>
        PollWindow.Compute(new DateOnly(2026, 5, 1), null, Today).ShouldBeNull();

    [Fact]
    public void Today_Is_The_Reps_Own_Day()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 15, 3, 0, 0, TimeSpan.Zero));

        PollWindow.Today(time, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")).ShouldBe(new DateOnly(2026, 4, 14));
        PollWindow.Today(time, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).ShouldBe(new DateOnly(2026, 4, 15));
    }
}
