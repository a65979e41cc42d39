using PipWatch.Core.Calendar;
using PipWatch.Core.Plans;
using PipWatch.Core.Realism;
using PipWatch.Core.Settings;

namespace PipWatch.Core.Tests.Realism;

/// <summary>Five peers whose weekly calls average 30, 40, 45, 50 and 60: quartiles 40 and 50, median 45.</summary>
public sealed class RealismCheckTests
{
    private static readonly IReadOnlyList<IReadOnlyList<double>> Peers =
    [
        [40, 42, 38],
        [50, 52, 48],
        [60, 58, 62],
        [30, 30, 30],
        [45, 45, 45],
    ];

    [Theory]
    [InlineData(55, 80, "AboveUpperQuartile", true)]
    [InlineData(35, 20, "BelowLowerQuartile", false)]
    [InlineData(45, 50, "InLine", false)]
    [InlineData(50, 70, "InLine", false)] // exactly the 75th percentile is not above it
    public void Realism_Percentile_Of_The_Goal_Among_Peers_Flags_Goals_Outside_The_Middle_Half(double goal, double percentile, string verdict, bool demanding)
    {
        var assessment = RealismCheck.Assess(goal, Direction.AtLeast, Peers);

        assessment.PeerCount.ShouldBe(5);
        assessment.Percentile.ShouldBe(percentile);
        assessment.LowerQuartile.ShouldBe(40);
        assessment.Median.ShouldBe(45);
        assessment.UpperQuartile.ShouldBe(50);
        assessment.Verdict.ToString().ShouldBe(verdict);
        assessment.IsDemanding.ShouldBe(demanding);
    }

    [Fact]
    public void Realism_At_Most_Goal_Below_Peers_Is_The_Demanding_One()
    {
        var assessment = RealismCheck.Assess(35, Direction.AtMost, Peers);

        assessment.Verdict.ShouldBe(RealismVerdict.BelowLowerQuartile);
        assessment.IsDemanding.ShouldBeTrue();
    }

    [Fact]
    public void Realism_Without_Peers_Says_So()
    {
        var assessment = RealismCheck.Assess(50, Direction.AtLeast, [[], []]);

        assessment.Verdict.ShouldBe(RealismVerdict.NoPeers);
        assessment.PeerCount.ShouldBe(0);
        assessment.Percentile.ShouldBeNull();
    }

    [Fact]
    public void Realism_Fewer_Than_Three_Peers_Reports_Without_Flagging()
    {
        var assessment = RealismCheck.Assess(80, Direction.AtLeast, [[40, 44]]);

        assessment.Verdict.ShouldBe(RealismVerdict.TooFewPeers);
        assessment.Percentile.ShouldBe(100);
        assessment.Median.ShouldBe(42);
        assessment.IsDemanding.ShouldBeFalse();
    }

    [Fact]
    public void Realism_Total_Goal_Is_Compared_As_A_Weekly_Figure()
    {
        var calendar = PlanCalendar.Create(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 27), [], new CalendarSettings(), TimeZones.FromIana("UTC"));

        RealismCheck.WeeklyGoal(new Target("calls", "calls", GoalKind.Total, 400), calendar).ShouldBe(100);
        RealismCheck.WeeklyGoal(new Target("calls", "calls", GoalKind.Weekly, 60), calendar).ShouldBe(60);
    }
}
