using Fluid;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Tests.Templates;

public sealed class LocaleFiltersTests
{
    private const char Nbsp = '\u00A0';

    private static readonly RecipientLocale American = RecipientLocale.FromSalesforce("en_US", "America/Los_Angeles", "USD");
    private static readonly RecipientLocale German = RecipientLocale.FromSalesforce("de_DE", "Europe/Berlin", "EUR");

    // 13:30 UTC: 05:30 in Los Angeles, 14:30 in Berlin, and already Wednesday in Sydney.
    private static readonly FilterModel Model = new(
        1234567.891m, 48250.5m, -1250m, 0.625m, new DateTimeOffset(2025, 3, 4, 13, 30, 0, TimeSpan.Zero), new DateOnly(2025, 3, 28), null);

    [Fact]
    public void Number_Uses_The_Cultures_Separators()
    {
        // Act
        var american = LiquidHarness.Render("{{ amount | number }}|{{ amount | number: 0 }}|{{ amount | number: 2 }}", Model, American);
        var german = LiquidHarness.Render("{{ amount | number }}|{{ amount | number: 0 }}|{{ amount | number: 2 }}", Model, German);

        // Assert
        american.ShouldBe("1,234,567.89|1,234,568|1,234,567.89");
        german.ShouldBe("1.234.567,89|1.234.568|1.234.567,89");
    }

    [Fact]
    public void Currency_Uses_The_Recipients_Own_Currency_Format()
    {
        // Act
        var american = LiquidHarness.Render("{{ revenue | currency }}|{{ loss | currency }}|{{ revenue | currency: 'USD', 0 }}", Model, American);
        var german = LiquidHarness.Render("{{ revenue | currency }}|{{ loss | currency }}|{{ revenue | currency: 'EUR', 0 }}", Model, German);

        // Assert
        american.ShouldBe("$48,250.50|-$1,250.00|$48,251");
        german.ShouldBe($"48.250,50{Nbsp}€|-1.250,00{Nbsp}€|48.251{Nbsp}€");
    }

    [Fact]
    public void Currency_Names_A_Foreign_Currency_By_Its_Code()
    {
        // Act
        var german = LiquidHarness.Render("{{ revenue | currency: 'USD' }}", Model, German);
        var american = LiquidHarness.Render("{{ revenue | currency: 'eur' }}|{{ loss | currency: 'EUR' }}", Model, American);

        // Assert
        german.ShouldBe($"48.250,50{Nbsp}USD");
        american.ShouldBe($"EUR{Nbsp}48,250.50|-EUR{Nbsp}1,250.00");
    }

    [Fact]
    public void Percent_Treats_The_Input_As_A_Fraction()
    {
        // Act
        var american = LiquidHarness.Render("{{ ratio | percent }}|{{ ratio | percent: 1 }}", Model, American);
        var german = LiquidHarness.Render("{{ ratio | percent }}|{{ ratio | percent: 1 }}", Model, German);

        // Assert
        american.ShouldBe("63%|62.5%");
        german.ShouldBe($"63{Nbsp}%|62,5{Nbsp}%");
    }

    [Fact]
    public void Dates_And_Times_Show_In_The_Recipients_Time_Zone()
    {
        // Arrange
        const string Source = "{{ as_of | local_date: 'yyyy-MM-dd' }} {{ as_of | local_time: 'HH:mm' }}|{{ as_of | local_date: 'dddd' }}";
        var sydney = RecipientLocale.FromSalesforce("en_AU", "Australia/Sydney");

        // Act
        var american = LiquidHarness.Render(Source, Model, American);
        var german = LiquidHarness.Render(Source, Model, German);
        var australian = LiquidHarness.Render(Source, Model, sydney);

        // Assert
        american.ShouldBe("2025-03-04 05:30|Tuesday");
        german.ShouldBe("2025-03-04 14:30|Dienstag");
        australian.ShouldBe("2025-03-05 00:30|Wednesday");
    }

    [Fact]
    public void Dates_Use_The_Cultures_Own_Patterns_By_Default()
    {
        // Act
        var american = LiquidHarness.Render("{{ plan_ends | local_date }}|{{ plan_ends | local_date: 'short' }}", Model, American);
        var german = LiquidHarness.Render("{{ plan_ends | local_date }}|{{ plan_ends | local_date: 'short' }}", Model, German);

        // Assert
        american.ShouldBe("Friday, March 28, 2025|3/28/2025");
        german.ShouldBe("Freitag, 28. März 2025|28.03.2025");
    }

    [Fact]
    public void Local_DateTime_Follows_The_Culture()
    {
        // Act
        var american = LiquidHarness.Render("{{ as_of | local_datetime: 'short' }}", Model, American);
        var german = LiquidHarness.Render("{{ as_of | local_datetime: 'short' }}", Model, German);

        // Assert
        american.ShouldBe(new DateTime(2025, 3, 4, 5, 30, 0).ToString("g", American.Culture));
        german.ShouldBe("04.03.2025 14:30");
    }

    [Fact]
    public void Missing_Values_Render_Empty()
    {
        // Act
        var output = LiquidHarness.Render("[{{ missing | number }}{{ missing | currency }}{{ missing | percent }}{{ missing | local_date }}]", Model, American);

        // Assert
        output.ShouldBe("[]");
    }

    [Theory]
    [InlineData("{{ plan_ends | local_time }}", "date only")]
    [InlineData("{{ ratio | local_date }}", "needs a date")]
    [InlineData("{{ amount | number: 12 }}", "decimals")]
    [InlineData("{{ revenue | currency: 'dollars' }}", "ISO 4217")]
    public void Misuse_Fails_With_A_Clear_Message(string source, string expected)
    {
        // Act
        var failure = Should.Throw<FluidException>(() => LiquidHarness.Render(source, Model, American));

        // Assert
        failure.Message.ShouldContain(expected);
    }

    private sealed record FilterModel(decimal Amount, decimal Revenue, decimal Loss, decimal Ratio, DateTimeOffset AsOf, DateOnly PlanEnds, string? Missing);
}
