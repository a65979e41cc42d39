using PipWatch.Notifications.Content.Formatting;

namespace PipWatch.Notifications.Tests.Content;

public sealed class TextWrapperTests
{
    [Fact]
    public void Long_Lines_Wrap_At_Spaces_Within_80_Columns()
    {
        // Arrange
        var line = string.Join(' ', Enumerable.Repeat("figures", 30));

        // Act
        var lines = TextWrapper.Wrap(line).TrimEnd('\n').Split('\n');

        // Assert
        lines.Length.ShouldBe(3);
        lines.ShouldAllBe(l => l.Length <= 80);
        string.Join(' ', lines).ShouldBe(line);
    }

    [Fact]
    public void List_Items_Keep_Their_Hanging_Indent()
    {
        // Arrange
        var text = "- " + string.Join(' ', Enumerable.Repeat("word", 25)) + "\n12. " + string.Join(' ', Enumerable.Repeat("step", 25));

        // Act
        var lines = TextWrapper.Wrap(text).TrimEnd('\n').Split('\n');

        // Assert
        lines[0].ShouldStartWith("- word");
        lines[1].ShouldStartWith("  word");
        lines[2].ShouldStartWith("12. step");
        lines[3].ShouldStartWith("    step");
    }

    [Fact]
    public void Urls_Are_Never_Split_And_Long_Words_Are()
    {
        // Arrange
        var url = "https://acme.my.salesforce.com/lightning/r/User/005000000000001AAA/view?with=a-very-long-query-string";
        var word = new string('x', 100);

        // Act
        var lines = TextWrapper.Wrap($"Open in Salesforce: {url}\n{word}").TrimEnd('\n').Split('\n');

        // Assert
        lines.ShouldBe(["Open in Salesforce:", url, new string('x', 80), new string('x', 20)]);
    }

    [Fact]
    public void Emoji_Count_As_One_Column_And_Are_Never_Cut_In_Half()
    {
        // Arrange
        var line = string.Concat(Enumerable.Repeat("👩🏽‍💻", 90));

        // Act
        var lines = TextWrapper.Wrap(line).TrimEnd('\n').Split('\n');

        // Assert
        lines.Length.ShouldBe(2);
        TextWrapper.Columns(lines[0]).ShouldBe(80);
        string.Concat(lines).ShouldBe(line);
    }

    [Fact]
    public void Blank_Runs_Collapse_And_The_Signature_Marker_Keeps_Its_Space()
    {
        // Act
        var text = TextWrapper.Wrap("Hello,   \n\n\n\nBody\n-- \nSent by PipWatch.");

        // Assert
        text.ShouldBe("Hello,\n\nBody\n-- \nSent by PipWatch.\n");
    }
}
