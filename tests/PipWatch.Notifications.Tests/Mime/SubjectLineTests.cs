using System.Globalization;
using PipWatch.Notifications.Mime;

namespace PipWatch.Notifications.Tests.Mime;

public sealed class SubjectLineTests
{
    [Fact]
    public void A_Short_Name_Stays_Whole()
    {
        // Act and assert
        SubjectLine.ShortenName("Jordan Alvarez").ShouldBe("Jordan Alvarez");
        SubjectLine.ShortenName(new string('a', SubjectLine.DefaultNameLength)).Length.ShouldBe(SubjectLine.DefaultNameLength);
    }

    [Fact]
    public void A_Long_Name_Is_Cut_At_A_Late_Word_Break_With_An_Ellipsis()
    {
        // Arrange: the 50-character limit falls inside "Whitfieldson"; the space before it is at 41.
        const string Name = "Jordan Alexander Montgomery-Fitzgerald Jr Whitfieldson of Kent";

        // Act
        var shortened = SubjectLine.ShortenName(Name);

        // Assert
        shortened.ShouldBe("Jordan Alexander Montgomery-Fitzgerald Jr…");
        (shortened.Length - 1).ShouldBeGreaterThanOrEqualTo(SubjectLine.MinimumNameLength);
    }

    [Fact]
    public void A_120_Character_Name_Never_Drops_Below_40_Characters()
    {
        // Arrange
        var name = string.Concat(Enumerable.Repeat("Maximiliana Wolfeschlegel ", 5))[..120];

        // Act
        var shortened = SubjectLine.ShortenName(name);

        // Assert
        shortened.ShouldEndWith("…");
        shortened.Length.ShouldBeLessThanOrEqualTo(SubjectLine.DefaultNameLength);
        (shortened.Length - 1).ShouldBeGreaterThanOrEqualTo(SubjectLine.MinimumNameLength);
        name.ShouldStartWith(shortened.TrimEnd('…'));
    }

    [Fact]
    public void A_Name_Without_Late_Spaces_Is_Cut_Mid_Word_Rather_Than_Below_40()
    {
        // Arrange: the only space is too early to cut at.
        var name = "Al " + new string('x', 117);

        // Act
        var shortened = SubjectLine.ShortenName(name, maxLength: 45);

        // Assert
        shortened.ShouldBe(name[..44] + "…");
    }

    [Fact]
    public void Emoji_And_Combining_Marks_Are_Never_Split()
    {
        // Arrange: 60 family emoji, each several UTF-16 units.
        var name = string.Concat(Enumerable.Repeat("👩🏽‍💻", 60));

        // Act
        var shortened = SubjectLine.ShortenName(name);

        // Assert
        var elements = new StringInfo(shortened);
        elements.LengthInTextElements.ShouldBe(SubjectLine.DefaultNameLength);
        elements.SubstringByTextElements(0, 1).ShouldBe("👩🏽‍💻");
        shortened.ShouldEndWith("👩🏽‍💻…");
    }

    [Fact]
    public void A_Limit_Below_40_Characters_Is_Refused()
    {
        // Act and assert
        Should.Throw<ArgumentOutOfRangeException>(() => SubjectLine.ShortenName("anything", maxLength: 30));
    }

    [Fact]
    public void Clean_Makes_One_Line()
    {
        // Act and assert
        SubjectLine.Clean("  PIP digest\r\nBcc: someone@example.com\t  3 reps ").ShouldBe("PIP digest Bcc: someone@example.com 3 reps");
    }
}
