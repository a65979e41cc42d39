using System.Text.RegularExpressions;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>Numbers, money, dates and times as the recipient reads them.</summary>
public sealed class LocaleTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    [Fact]
    public void A_German_Manager_Reads_German_Numbers_Dates_And_Berlin_Time()
    {
        // Arrange
        var request = ContentCases.Request(NotificationKind.ManagerDigest, ContentCases.Realistic(), new Recipient("Jonas Weber", "jonas@acme.example", "de_DE", "Europe/Berlin"));

        // Act
        var email = Composer.Compose(request);
        var text = Regex.Replace(email.Text, @"\s+", " ");

        // Assert: USD amounts by their code, German separators, German dates, Berlin's clock (07:00 New York less 30 minutes).
        text.ShouldContain("Figures as of Dienstag, 7. April 2026 12:30 (Berlin time)");
        email.Text.ShouldContain("150.000\u00A0USD");
        text.ShouldContain("Freitag, 8. Mai 2026");
        EmailChecks.SafeHtml(email).DocumentElement.GetAttribute("lang").ShouldBe("de-DE");
    }

    [Fact]
    public void A_Hebrew_Reader_Gets_Right_To_Left_Layout()
    {
        // Arrange
        var request = ContentCases.Request(NotificationKind.RepWeekly, ContentCases.Realistic(), new Recipient("דנה כהן", "dana@acme.example", "iw_IL", "Asia/Jerusalem"));

        // Act
        var document = EmailChecks.SafeHtml(Composer.Compose(request));

        // Assert
        document.DocumentElement.GetAttribute("dir").ShouldBe("rtl");
        EmailChecks.BodyText(document).ShouldContain("(Jerusalem time)");
    }

    [Fact]
    public void Unknown_Locale_And_Zone_Fall_Back_To_English_And_Utc()
    {
        // Arrange
        var request = ContentCases.Request(NotificationKind.CheckInReminder, ContentCases.Realistic(), new Recipient("Sam", "sam@acme.example", "xx_NOPE", "Mars/Olympus"));

        // Act
        var text = Regex.Replace(Composer.Compose(request).Text, @"\s+", " ");

        // Assert
        text.ShouldContain("Figures as of Tuesday, March 3, 2026 11:30 AM (UTC).");
    }

    [Fact]
    public void Charts_Follow_The_Recipients_Culture()
    {
        // Arrange
        var english = ContentCases.Request(NotificationKind.AtRiskWarning, ContentCases.Realistic());
        var german = english with { To = [new Recipient("Jonas Weber", "jonas@acme.example", "de_DE", "Europe/Berlin")] };

        // Act
        var englishAlt = EmailChecks.SafeHtml(Composer.Compose(english)).Images[0].AlternativeText!;
        var germanAlt = EmailChecks.SafeHtml(Composer.Compose(german)).Images[0].AlternativeText!;

        // Assert
        englishAlt.ShouldContain("$");
        germanAlt.ShouldContain("USD");
        germanAlt.ShouldNotBe(englishAlt);
    }
}
