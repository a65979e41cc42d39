namespace PipWatch.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Addition_Works() => (1 + 1).ShouldBe(2);
}
