using System.Globalization;
using PipWatch.Core.Metrics;
using PipWatch.Notifications.Charts;

namespace PipWatch.Notifications.Tests.Charts;

public sealed class ChartAltTextTests
{
    private static readonly DateOnly Start = new(2025, 11, 3);
    private static readonly DateOnly End = new(2025, 12, 11);
    private static readonly DateOnly Today = new(2025, 12, 4);

    private readonly ChartRenderer _renderer = new(CultureInfo.GetCultureInfo("en-GB"));

    private static CumulativeChartData Calls => new(
        "Calls",
        MetricUnit.Count,
        300,
        Start,
        End,
        [new(Start, 10), new(Today.AddDays(-1), 130), new(Today, 142)],
        [new(Start, 0), new(End, 300)],
        [new(End, 290)]);

    [Fact]
    public void Cumulative_Says_Where_It_Stands_And_Where_The_Pace_Leads()
    {
        // Arrange: 31 of 38 days gone, so 300 × 31/38 ≈ 245 expected by now.
        var data = Calls with { Expected = [new(Start, 0), new(Today, 150), new(End, 300)] };

        // Act
        var text = _renderer.Cumulative(data, "c").AltText;

        // Assert
        text.ShouldBe("Calls: 142 so far (to 4 December) against 150 expected by then; at this pace about 290 by 11 December against a goal of 300.");
    }

    [Fact]
    public void Cumulative_Interpolates_The_Expected_Line_Between_Its_Points()
    {
        // Act
        var text = _renderer.Cumulative(Calls, "c").AltText;

        // Assert: 300 × 31 ÷ 38 = 244.7.
        text.ShouldContain("against 245 expected by then");
    }

    [Fact]
    public void Cumulative_Without_Projection_Or_Goal_Leaves_Those_Out()
    {
        // Act
        var noProjection = _renderer.Cumulative(Calls with { Projection = [] }, "c").AltText;
        var noGoal = _renderer.Cumulative(Calls with { Goal = 0, Expected = [], Projection = [] }, "c").AltText;

        // Assert
        noProjection.ShouldBe("Calls: 142 so far (to 4 December) against 245 expected by then; the goal is 300.");
        noGoal.ShouldBe("Calls: 142 so far (to 4 December).");
    }

    [Fact]
    public void Cumulative_With_Nothing_Recorded_Says_So()
    {
        // Act
        var withGoal = _renderer.Cumulative(Calls with { Actual = [], Projection = [] }, "c").AltText;
        var bare = _renderer.Cumulative(Calls with { Title = " ", Goal = 0, Actual = [], Expected = [], Projection = [] }, "c").AltText;

        // Assert
        withGoal.ShouldBe("Calls: nothing recorded yet; the goal is 300 by 11 December.");
        bare.ShouldBe("Nothing recorded yet.");
    }

    [Fact]
    public void Cumulative_Formats_Money_Percent_And_Negative_Values()
    {
        // Arrange
        var pipeline = Calls with { Title = "Pipeline", Unit = MetricUnit.Currency, Goal = 250_000, Actual = [new(Today, -1_500)], Expected = [], Projection = [] };
        var rate = Calls with { Title = "Conversion", Unit = MetricUnit.Percent, Goal = 0.25, Actual = [new(Today, 0.125)], Expected = [], Projection = [] };

        // Act
        var money = new ChartRenderer(CultureInfo.GetCultureInfo("en-GB"), "USD").Cumulative(pipeline, "c").AltText;
        var percent = _renderer.Cumulative(rate, "c").AltText;

        // Assert
        money.ShouldBe("Pipeline: USD\u00A0-1,500 so far (to 4 December); the goal is USD\u00A0250,000.");
        percent.ShouldBe("Conversion: 13% so far (to 4 December); the goal is 25%.");
    }

    [Fact]
    public void Weekly_Counts_Met_Weeks_And_Reports_The_Last_And_The_Running_Week()
    {
        // Act
        var text = _renderer.Weekly(ChartSamples.Meetings(), "w").AltText;

        // Assert
        text.ShouldBe("Meetings held: goal met in 3 of 4 completed weeks; week of 24 November: 10 against 10; this week so far (from 1 December): 4 against 10.");
    }

    [Fact]
    public void Weekly_Without_Weeks_Says_So()
    {
        // Act & Assert
        _renderer.Weekly(new WeeklyChartData("Meetings held", MetricUnit.Count, []), "w").AltText.ShouldBe("Meetings held: no weeks to show yet.");
    }

    [Theory]
    [InlineData(new[] { 0.8, 1.15 }, 1.0, "Pace: up from 0.8 to 1.15 over the last 2 days (reference line at 1).")]
    [InlineData(new[] { 1.2, 1.0, 0.9 }, null, "Pace: down from 1.2 to 0.9 over the last 3 days.")]
    [InlineData(new[] { 1.0, 1.0 }, null, "Pace: steady at 1 over the last 2 days.")]
    [InlineData(new[] { 0.95 }, 1.0, "Pace: 0.95 (reference line at 1).")]
    [InlineData(new double[0], null, "Pace: no data yet.")]
    public void Sparkline_Describes_The_Trend(double[] values, double? reference, string expected)
    {
        // Act & Assert
        _renderer.Sparkline(new SparklineData("Pace", values, reference), "s").AltText.ShouldBe(expected);
    }

    [Fact]
    public void Titles_Become_One_Short_Line()
    {
        // Arrange
        var longName = new string('W', 120);
        var emojiAtCut = new string('a', 78) + "🚀🚀";

        // Act
        var multiline = _renderer.Sparkline(new SparklineData("Calls\r\nby\tday\u0007", [1], null), "s").AltText;
        var tooLong = _renderer.Sparkline(new SparklineData(longName, [1], null), "s").AltText;
        var split = _renderer.Sparkline(new SparklineData(emojiAtCut, [1], null), "s").AltText;

        // Assert
        multiline.ShouldBe("Calls by day: 1.");
        tooLong.ShouldBe($"{new string('W', 79)}…: 1.");
        split.ShouldBe($"{new string('a', 78)}…: 1.");
    }
}
