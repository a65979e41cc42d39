using System.Globalization;
using PipWatch.Core.Metrics;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Tests.Content;

public sealed class FormattingTests
{
    private static readonly ContentFormat English = new(RecipientLocale.FromSalesforce("en_US", "America/New_York", "USD"));
    private static readonly ContentFormat French = new(RecipientLocale.FromSalesforce("fr_FR", "Europe/Paris", "EUR"));

    [Theory]
    [InlineData(1234.5, MetricUnit.Count, "1,234.5")]
    [InlineData(48250.5, MetricUnit.Currency, "$48,250")]
    [InlineData(-1200, MetricUnit.Currency, "-$1,200")]
    [InlineData(0.25, MetricUnit.Percent, "25%")]
    [InlineData(0.075, MetricUnit.Percent, "7.5%")]
    [InlineData(82.46, MetricUnit.Score, "82.5")]
    [InlineData(3930, MetricUnit.Duration, "1h 05m")]
    [InlineData(270, MetricUnit.Duration, "4m 30s")]
    [InlineData(double.NaN, MetricUnit.Count, "—")]
    public void Values_Read_As_The_Unit_Says(double value, MetricUnit unit, string expected)
    {
        // Act / Assert
        English.Value(value, unit).Replace('\u00A0', ' ').ShouldBe(expected);
    }

    [Fact]
    public void French_Reader_Gets_French_Separators_And_Euro_Placement()
    {
        // Act
        var money = French.Value(48250, MetricUnit.Currency);
        var count = French.Value(1234.5, MetricUnit.Count);

        // Assert: never split between amount and symbol.
        money.ShouldBe("48\u00A0250\u00A0€");
        count.ShouldBe(1234.5.ToString("#,##0.##", CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Theory]
    [InlineData(0.4, "0.4")]
    [InlineData(7.25, "7.3")]
    [InlineData(14.4, "14")]
    public void Daily_Rates_Keep_A_Decimal_Only_When_Small(double rate, string expected)
    {
        // Act / Assert
        English.Rate(rate, MetricUnit.Count).ShouldBe(expected);
    }

    [Fact]
    public void Instants_Show_In_The_Recipients_Zone_With_The_Zone_Named()
    {
        // Arrange: 13:30 UTC is 09:30 in New York in summer.
        var instant = new DateTimeOffset(2026, 6, 2, 13, 30, 0, TimeSpan.Zero);

        // Act / Assert
        English.Instant(instant).Replace('\u202F', ' ').ShouldBe("Tuesday, June 2, 2026 9:30 AM (New York time)");
        new ContentFormat(RecipientLocale.Default).ZoneName.ShouldBe("UTC");
    }

    [Fact]
    public void An_Invalid_Currency_Code_Is_Named_In_The_Error()
    {
        // Act
        var failure = Should.Throw<ArgumentException>(() => new ContentFormat(RecipientLocale.FromSalesforce("en_US", "UTC", "dollars")));

        // Assert
        failure.Message.ShouldContain("'dollars'");
    }
}
