using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Hosting;
using PipWatch.Salesforce;
using PipWatch.Salesforce.Http;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Telemetry;

/// <summary>The connector's meter against the fake org: calls by kind and outcome, and the budget the org reports.</summary>
public sealed class SalesforceMetricsTests
{
    [Fact]
    public async Task Calls_Are_Counted_By_Kind_And_Outcome_And_The_Budget_Follows_The_Header()
    {
        // Arrange: an org that has used 4,000 of 5,000 calls today, and refuses the first query.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        world.Salesforce.ApiAllowed = 5_000;
        world.Salesforce.ApiUsed = 4_000;
        await using var services = await world.BuildServicesAsync(new FixedClock(TelemetryScenario.Now), cancellationToken);
        using var capture = new MeterCapture(services.GetRequiredService<IMeterFactory>());
        var client = services.GetRequiredService<SalesforceClient>();
        world.Salesforce.Scripted.Enqueue(FakeResponse.Error(HttpStatusCode.BadRequest, "MALFORMED_QUERY", "unexpected token: FORM"));
        var before = capture.Observe();

        // Act
        await Should.ThrowAsync<SalesforceException>(() => client.QueryAsync("SELECT Id FORM User", cancellationToken));
        await client.CountAsync("SELECT COUNT() FROM User", cancellationToken);
        var after = capture.Observe();

        // Assert
        capture.Sum("pipwatch.salesforce.api.calls", ("kind", "login"), ("outcome", "success")).ShouldBe(1);
        capture.Sum("pipwatch.salesforce.api.calls", ("kind", "query"), ("outcome", "error")).ShouldBe(1);
        capture.Sum("pipwatch.salesforce.api.calls", ("kind", "count"), ("outcome", "success")).ShouldBe(1);
        capture.Sum("pipwatch.salesforce.api.calls").ShouldBe(3);
        before.ShouldNotContainKey("pipwatch.salesforce.api.remaining", "nothing is known before the first answer");
        after["pipwatch.salesforce.api.remaining"].ShouldBe(5_000 - 4_002);
        after["pipwatch.salesforce.api.limit"].ShouldBe(5_000);
    }
}
