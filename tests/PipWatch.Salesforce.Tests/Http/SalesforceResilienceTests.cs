using System.Net;
using System.Net.Sockets;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Http;

public sealed class SalesforceResilienceTests
{
    private const string AnyQuery = "SELECT COUNT() FROM Contact";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Burst_Of_503_Is_Retried_Until_It_Succeeds()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f =>
        {
            f.Scripted.Enqueue(FakeResponse.Error(HttpStatusCode.ServiceUnavailable, "SERVER_UNAVAILABLE", "busy"));
            f.Scripted.Enqueue(FakeResponse.Error(HttpStatusCode.ServiceUnavailable, "SERVER_UNAVAILABLE", "busy"));
        });

        var count = await context.Client.CountAsync(AnyQuery, Token);

        count.ShouldBe(0);
        context.Fake.ApiRequestCount.ShouldBe(3);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Transient_Statuses_Are_Retried(HttpStatusCode status)
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.Scripted.Enqueue(FakeResponse.Error(status, "UNKNOWN_EXCEPTION", "try again")));

        await context.Client.CountAsync(AnyQuery, Token);

        context.Fake.ApiRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task Retry_After_Is_Honoured()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.Scripted.Enqueue(
            FakeResponse.Error(HttpStatusCode.TooManyRequests, "REQUEST_LIMIT_EXCEEDED_RATE", "slow down") with
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
            }));

        await context.Client.CountAsync(AnyQuery, Token);

        // The configured base delay is 1 ms, so only the header can explain a pause of about a second.
        var attempts = context.Fake.Requests.Where(r => r.Path.Contains("/query", StringComparison.Ordinal)).ToList();
        attempts.Count.ShouldBe(2);
        (attempts[1].ReceivedAt - attempts[0].ReceivedAt).ShouldBeGreaterThan(TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Other_4xx_Are_Not_Retried()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => f.Responder = _ => FakeResponse.Error(HttpStatusCode.BadRequest, "MALFORMED_QUERY", "bad"));

        await Should.ThrowAsync<SalesforceApiException>(() => context.Client.CountAsync(AnyQuery, Token));

        context.Fake.ApiRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task Repeated_503_Open_The_Circuit_Breaker()
    {
        // Arrange: the breaker opens once half of at least two attempts in its window failed.
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with
            {
                Resilience = s.Resilience with { MaxRetries = 5, BreakerFailureRatio = 0.5, BreakerMinimumThroughput = 2, BreakerBreakDuration = TimeSpan.FromSeconds(30) },
            },
            arrange: f => f.Responder = _ => FakeResponse.Error(HttpStatusCode.ServiceUnavailable, "SERVER_UNAVAILABLE", "down"));

        // Act
        var first = await Should.ThrowAsync<SalesforceUnavailableException>(() => context.Client.CountAsync(AnyQuery, Token));
        var sentBeforeSecondCall = context.Fake.ApiRequestCount;
        var second = await Should.ThrowAsync<SalesforceUnavailableException>(() => context.Client.CountAsync(AnyQuery, Token));

        // Assert: two attempts reached the server, then the breaker refused the rest without sending.
        sentBeforeSecondCall.ShouldBe(2);
        first.Message.ShouldContain("circuit breaker");
        second.Message.ShouldContain("circuit breaker");
        context.Fake.ApiRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task Slow_Responses_Time_Out()
    {
        await using var context = await SalesforceTestContext.StartAsync(
            s => s with { Resilience = s.Resilience with { MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(250), TotalTimeout = TimeSpan.FromSeconds(5) } },
            arrange: f => f.Responder = _ => new FakeResponse(HttpStatusCode.OK, """{"totalSize":0,"done":true,"records":[]}""") { Delay = TimeSpan.FromSeconds(20) });

        var error = await Should.ThrowAsync<SalesforceUnavailableException>(() => context.Client.CountAsync(AnyQuery, Token));

        error.Message.ShouldContain("did not answer");
        error.Message.ShouldContain("in time");
        context.Fake.ApiRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_Refused_Connection_Is_Retried_Then_Reported()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var context = await SalesforceTestContext.StartAsync(s => s with { LoginUrl = new Uri($"http://127.0.0.1:{closedPort}") });

        var error = await Should.ThrowAsync<SalesforceUnavailableException>(() => context.Client.CountAsync(AnyQuery, Token));

        error.Message.ShouldContain("Could not reach Salesforce");
        error.Message.ShouldContain("/services/oauth2/token");
    }
}
