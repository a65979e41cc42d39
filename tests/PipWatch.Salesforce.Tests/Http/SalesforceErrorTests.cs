using System.Net;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Http;

public sealed class SalesforceErrorTests
{
    private const string AnyQuery = "SELECT Id FROM Contact";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "MALFORMED_QUERY", "unexpected token: 'FORM'")]
    [InlineData(HttpStatusCode.BadRequest, "INVALID_FIELD", "No such column 'Nope' on entity 'Contact'")]
    [InlineData(HttpStatusCode.BadRequest, "INVALID_TYPE", "sObject type 'Nope' is not supported")]
    [InlineData(HttpStatusCode.BadRequest, "QUERY_TIMEOUT", "Your query request was running for too long")]
    [InlineData(HttpStatusCode.NotFound, "NOT_FOUND", "The requested resource does not exist")]
    public async Task Error_Arrays_Become_SalesforceApiException_Without_Retries(HttpStatusCode status, string errorCode, string message)
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.Scripted.Enqueue(FakeResponse.Error(status, errorCode, message)));

        var error = await Should.ThrowAsync<SalesforceApiException>(() => context.Client.QueryAsync(AnyQuery, Token));

        error.StatusCode.ShouldBe(status);
        error.ErrorCode.ShouldBe(errorCode);
        error.Errors.ShouldHaveSingleItem().Message.ShouldBe(message);
        error.Message.ShouldContain(errorCode);
        error.Message.ShouldContain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.Fake.ApiRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task Server_Unavailable_Is_Retried_Then_Reported_With_Its_Code()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            arrange: f => f.Responder = _ => FakeResponse.Error(HttpStatusCode.ServiceUnavailable, "SERVER_UNAVAILABLE", "Server down for maintenance"));

        var error = await Should.ThrowAsync<SalesforceApiException>(() => context.Client.QueryAsync(AnyQuery, Token));

        error.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        error.ErrorCode.ShouldBe("SERVER_UNAVAILABLE");
        context.Fake.ApiRequestCount.ShouldBe(1 + context.Settings.Resilience.MaxRetries);
    }

    [Fact]
    public async Task Request_Limit_Exceeded_Stops_The_Cycle_Without_A_Retry()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            arrange: f => f.Responder = _ => FakeResponse.Error(HttpStatusCode.Forbidden, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));

        var error = await Should.ThrowAsync<SalesforceUsageLimitException>(() => context.Client.QueryAsync(AnyQuery, Token));

        error.ErrorCode.ShouldBe("REQUEST_LIMIT_EXCEEDED");
        error.Message.ShouldContain("stops");
        error.InnerException.ShouldBeOfType<SalesforceApiException>().StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        context.Fake.ApiRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task Usage_Past_The_Stop_Fraction_Stops_The_Cycle_Cleanly()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with { StopAtUsageFraction = 0.9 },
            arrange: f => (f.ApiUsed, f.ApiAllowed) = (4499, 5000));

        // 4,500 of 5,000 is exactly 90 %: the call that reached it is the last one.
        var error = await Should.ThrowAsync<SalesforceUsageLimitException>(() => context.Client.CountAsync("SELECT COUNT() FROM Contact", Token));

        error.ErrorCode.ShouldBeNull();
        error.Usage.ShouldBe(new PipWatch.Salesforce.Http.ApiUsage(4500, 5000));
        error.Message.ShouldContain("4,500/5,000");
        error.Message.ShouldContain("stop");
    }

    [Fact]
    public async Task Usage_Below_The_Stop_Fraction_Carries_On()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with { StopAtUsageFraction = 0.9 },
            arrange: f => (f.ApiUsed, f.ApiAllowed) = (4000, 5000));

        var count = await context.Client.CountAsync("SELECT COUNT() FROM Contact", Token);

        count.ShouldBe(0);
    }

    [Fact]
    public async Task An_Html_Maintenance_Page_Is_Reported_As_Non_Json()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.Responder = _ => FakeResponse.Html(HttpStatusCode.ServiceUnavailable));

        var error = await Should.ThrowAsync<SalesforceResponseException>(() => context.Client.QueryAsync(AnyQuery, Token));

        error.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        error.ContentType.ShouldBe("text/html");
        error.Message.ShouldContain("non-JSON");
        error.Message.ShouldContain("503");
        error.Message.ShouldContain("<html><head><title>Down for maintenance");
        error.InnerException.ShouldBeNull();
    }

    [Fact]
    public async Task An_Html_Page_With_Status_200_Is_Reported_As_Non_Json()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.Scripted.Enqueue(FakeResponse.Html(HttpStatusCode.OK)));

        var error = await Should.ThrowAsync<SalesforceResponseException>(() => context.Client.QueryAsync(AnyQuery, Token));

        error.StatusCode.ShouldBe(HttpStatusCode.OK);
        error.BodyStart.ShouldStartWith("<html>");
    }

    [Fact]
    public async Task Truncated_Json_Is_Reported_Clearly_Not_As_A_Parser_Trace()
    {
        const string page = """{"totalSize":2,"done":true,"records":[{"attributes":{"type":"Contact"},"Id":"003000000000001AAA"},{"attributes":{"type":"Contact"},"Id":"003000000000002AAA"}]}""";
        await using var context = await SalesforceTestContext.StartAsync(
            arrange: f => f.Scripted.Enqueue(new FakeResponse(HttpStatusCode.OK, page) { TruncateAt = 90 }));

        var error = await Should.ThrowAsync<SalesforceResponseException>(() => context.Client.QueryAsync(AnyQuery, Token));

        error.Message.ShouldContain("truncated or malformed JSON");
        error.Message.ShouldContain("90 bytes");
        error.InnerException.ShouldBeNull();
        error.ToString().ShouldNotContain("System.Text.Json");
    }

    [Fact]
    public async Task A_Query_The_Fake_Cannot_Parse_Comes_Back_As_Malformed_Query()
    {
        await using var context = await SalesforceTestContext.StartAsync();

        var error = await Should.ThrowAsync<SalesforceApiException>(() => context.Client.QueryAsync("SELECT Id FORM Contact", Token));

        error.ErrorCode.ShouldBe("MALFORMED_QUERY");
    }

    [Fact]
    public async Task A_Query_On_An_Unknown_Field_Comes_Back_As_Invalid_Field()
    {
        await using var context = await SalesforceTestContext.StartAsync();

        var error = await Should.ThrowAsync<SalesforceApiException>(() => context.Client.QueryAsync("SELECT Id, Nope__c FROM Contact", Token));

        error.ErrorCode.ShouldBe("INVALID_FIELD");
        error.Message.ShouldContain("Nope__c");
    }

    [Fact]
    public async Task An_Aggregate_Over_2000_Rows_Asks_To_Be_Split()
    {
        var org = new FakeOrg();
        for (var i = 0; i < 2001; i++)
        {
            org.Add("Contact", new FakeRecord { ["Name"] = $"Contact {i}" });
        }

        await using var context = await SalesforceTestContext.StartAsync(org: org);

        await Should.ThrowAsync<SalesforceAggregateRowLimitException>(
            () => context.Client.AggregateAsync("SELECT Name, COUNT(Id) FROM Contact GROUP BY Name", Token));
    }
}
