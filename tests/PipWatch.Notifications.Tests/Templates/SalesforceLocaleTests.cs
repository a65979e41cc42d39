using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Tests.Templates;

public sealed class SalesforceLocaleTests
{
    [Theory]
    [InlineData("en_US", "en-US")]
    [InlineData("de_DE", "de-DE")]
    [InlineData("fr_CA", "fr-CA")]
    [InlineData("en_GB", "en-GB")]
    [InlineData("ja_JP", "ja-JP")]
    [InlineData("es_ES_EURO", "es-ES")]
    [InlineData("zh_CN_PINYIN", "zh-CN")]
    [InlineData("iw_IL", "he-IL")]
    [InlineData("in_ID", "id-ID")]
    [InlineData("no_NO", "nb-NO")]
    [InlineData("de-AT", "de-AT")]
    public void ToCulture_Maps_Salesforce_Keys(string key, string expected)
    {
        // Act
        var culture = SalesforceLocale.ToCulture(key);

        // Assert
        culture.Name.ShouldBe(expected);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("de_XX")]
    public void ToCulture_Falls_Back_To_The_Language(string key)
    {
        // Act
        var culture = SalesforceLocale.ToCulture(key);

        // Assert
        culture.TwoLetterISOLanguageName.ShouldBe("de");
        culture.IsNeutralCulture.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xx_YY")]
    [InlineData("42")]
    [InlineData("<script>")]
    public void ToCulture_Falls_Back_To_US_English(string? key)
    {
        // Act
        var culture = SalesforceLocale.ToCulture(key);

        // Assert
        culture.Name.ShouldBe("en-US");
    }

    [Fact]
    public void FromSalesforce_Resolves_The_Iana_Time_Zone()
    {
        // Act
        var locale = RecipientLocale.FromSalesforce("en_AU", "Australia/Sydney", "AUD");

        // Assert
        locale.Culture.Name.ShouldBe("en-AU");
        locale.TimeZone.Id.ShouldBe("Australia/Sydney");
        locale.CurrencyCode.ShouldBe("AUD");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Mars/Olympus_Mons")]
    public void FromSalesforce_Falls_Back_To_Utc_For_An_Unknown_Time_Zone(string? zone)
    {
        // Act
        var locale = RecipientLocale.FromSalesforce("en_US", zone);

        // Assert
        locale.TimeZone.ShouldBe(TimeZoneInfo.Utc);
    }
}
