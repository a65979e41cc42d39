using System.Globalization;
using PipWatch.Core.Metrics;
using PipWatch.Notifications.Charts;

namespace PipWatch.Notifications.Tests.Charts;

public sealed class ChartFormatTests
{
    private static readonly ChartValueFormat English = new(CultureInfo.GetCultureInfo("en-US"), null);

    [Theory]
    [InlineData(0, MetricUnit.Count, "0")]
    [InlineData(950, MetricUnit.Count, "950")]
    [InlineData(12_000, MetricUnit.Count, "12k")]
    [InlineData(1_500_000, MetricUnit.Currency, "1.5M")]
    [InlineData(-2_000_000_000, MetricUnit.Currency, "-2B")]
    [InlineData(3e12, MetricUnit.Currency, "3T")]
    [InlineData(1.5e300, MetricUnit.Currency, "1.5E+300")]
    [InlineData(0.25, MetricUnit.Percent, "25%")]
    [InlineData(0.5, MetricUnit.Score, "0.5")]
    [InlineData(7200, MetricUnit.Duration, "2h")]
    [InlineData(90, MetricUnit.Duration, "1.5m")]
    public void Axis_Labels_Are_Short(double value, MetricUnit unit, string expected) =>
        English.Axis(value, unit).ShouldBe(expected);

    [Theory]
    [InlineData(169.23, MetricUnit.Count, "169")]
    [InlineData(2.5, MetricUnit.Count, "2.5")]
    [InlineData(3.456, MetricUnit.Score, "3.46")]
    [InlineData(48250.5, MetricUnit.Currency, "$48,251")]
    [InlineData(0.625, MetricUnit.Percent, "63%")]
    [InlineData(3905, MetricUnit.Duration, "1 h 05 min")]
    [InlineData(75, MetricUnit.Duration, "1 min 15 s")]
    [InlineData(-12, MetricUnit.Duration, "-12 s")]
    [InlineData(2e20, MetricUnit.Count, "2E+20")]
    public void Full_Values_Read_Well_In_A_Sentence(double value, MetricUnit unit, string expected) =>
        English.Full(value, unit).ShouldBe(expected);

    [Fact]
    public void A_Foreign_Currency_Is_Named_By_Its_Code()
    {
        // Act
        var euroInGermany = new ChartValueFormat(CultureInfo.GetCultureInfo("de-DE"), "eur").Full(1234, MetricUnit.Currency);
        var dollarInGermany = new ChartValueFormat(CultureInfo.GetCultureInfo("de-DE"), "USD").Full(1234, MetricUnit.Currency);

        // Assert
        euroInGermany.ShouldBe("1.234\u00A0€");
        dollarInGermany.ShouldBe("USD\u00A01.234");
    }

    [Theory]
    [InlineData("en-US", "Dec 11", "December 11")]
    [InlineData("en-GB", "11 Dec", "11 December")]
    [InlineData("de-DE", "11. Dez.", "11. Dezember")]
    [InlineData("ja-JP", "12/11", "12月11日")]
    public void Days_Follow_The_Culture_And_Fall_Back_To_Digits_The_Font_Has(string culture, string axis, string sentence)
    {
        // Arrange
        var format = new ChartDateFormat(CultureInfo.GetCultureInfo(culture));
        var day = new DateOnly(2025, 12, 11);

        // Act & Assert
        format.Axis(day).ShouldBe(axis);
        format.Sentence(day).ShouldBe(sentence);
    }

    [Fact]
    public void The_Embedded_Font_Is_The_One_ScottPlot_Resolves()
    {
        // Act
        var resolved = ScottPlot.Fonts.GetTypeface(ChartFont.Name, bold: false, italic: false);

        // Assert
        ChartFont.Typeface.FamilyName.ShouldBe("Liberation Sans");
        resolved.ShouldBeSameAs(ChartFont.Typeface);
        ChartFont.CanDraw("Dez. 1.234 €").ShouldBeTrue();
        ChartFont.CanDraw("12月").ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, 300, 0, 300, 100)]
    [InlineData(0, 315, 0, 400, 100)]
    [InlineData(-120, 100, -200, 100, 100)]
    [InlineData(0, 0, 0, 1, 0.25)]
    [InlineData(5, 5, 2, 8, 2)]
    public void Scales_Use_Round_Steps_That_Cover_The_Data(double low, double high, double min, double max, double step)
    {
        // Act
        var scale = NiceScale.Covering(low, high);

        // Assert
        scale.ShouldBe(new NiceScale(min, max, step));
        scale.Ticks().First().ShouldBe(min);
        scale.Ticks().Last().ShouldBe(max);
    }

    [Fact]
    public void Count_Scales_Never_Step_Below_One_And_Extreme_Scales_Stay_Finite()
    {
        // Act
        var counts = NiceScale.Covering(0, 0, wholeSteps: true);
        var extreme = NiceScale.Covering(-1e300, 1e300);

        // Assert
        counts.Step.ShouldBe(1);
        double.IsFinite(extreme.Max - extreme.Min).ShouldBeTrue();
        extreme.Ticks().Count().ShouldBeInRange(2, 6);
    }
}
