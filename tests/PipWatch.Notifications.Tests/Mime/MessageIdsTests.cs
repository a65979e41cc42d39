using PipWatch.Notifications.Mime;

namespace PipWatch.Notifications.Tests.Mime;

public sealed class MessageIdsTests
{
    [Fact]
    public void Same_Key_Gives_The_Same_Id()
    {
        // Act
        var first = MessageIds.FromIdempotencyKey("digest:005A:2025-03-04", "pipwatch@acme.example");
        var second = MessageIds.FromIdempotencyKey("digest:005A:2025-03-04", "pipwatch@acme.example");

        // Assert
        first.ShouldBe(second);
        first.ShouldMatch("^[0-9a-f]{32}@acme\\.example$");
    }

    [Fact]
    public void Different_Keys_Give_Different_Ids()
    {
        // Act
        var monday = MessageIds.FromIdempotencyKey("digest:005A:2025-03-03", "pipwatch@acme.example");
        var tuesday = MessageIds.FromIdempotencyKey("digest:005A:2025-03-04", "pipwatch@acme.example");

        // Assert
        monday.ShouldNotBe(tuesday);
    }

    [Theory]
    [InlineData("PipWatch@Acme.Example", "acme.example")]
    [InlineData("pipwatch@bücher.example", "xn--bcher-kva.example")]
    [InlineData("pipwatch@localhost", MessageIds.FallbackDomain)]
    [InlineData("pipwatch@[192.0.2.1]", MessageIds.FallbackDomain)]
    [InlineData("no-domain", MessageIds.FallbackDomain)]
    public void The_Domain_Comes_From_The_Sender(string from, string domain)
    {
        // Act
        var id = MessageIds.FromIdempotencyKey("k", from);

        // Assert
        id.ShouldEndWith($"@{domain}");
    }

    [Fact]
    public void An_Empty_Key_Is_Refused()
    {
        // Act and assert
        Should.Throw<ArgumentException>(() => MessageIds.FromIdempotencyKey(" ", "pipwatch@acme.example"));
    }
}
