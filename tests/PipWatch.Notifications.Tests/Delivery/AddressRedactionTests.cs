using PipWatch.Notifications.Delivery;

namespace PipWatch.Notifications.Tests.Delivery;

public sealed class AddressRedactionTests
{
    [Theory]
    [InlineData("550 5.1.1 <dana.whitfield@acme.example>: Recipient address rejected", "550 5.1.1 <…@acme.example>: Recipient address rejected")]
    [InlineData("to dana@acme.example, lee+pip@corp.example.", "to …@acme.example, …@corp.example.")]
    [InlineData("250 2.0.0 Ok: queued as 4F2A1", "250 2.0.0 Ok: queued as 4F2A1")]
    public void Redact_Keeps_Only_Domains(string text, string expected)
    {
        // Act and assert
        AddressRedaction.Redact(text).ShouldBe(expected);
    }

    [Fact]
    public void Domains_Lists_Each_Domain_Once()
    {
        // Act and assert
        AddressRedaction.Domains(["b@Corp.example", "a@acme.example", "c@acme.example"]).ShouldBe("acme.example, corp.example");
    }
}
