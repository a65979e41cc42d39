using Microsoft.Extensions.DependencyInjection;
using PipWatch.Salesforce.Http;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Http;

public sealed class SalesforceClientQueryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueryAsync_Follows_NextRecordsUrl_Over_Three_Pages()
    {
        // Arrange: 450 contacts at the smallest batch size Salesforce allows.
        var org = new FakeOrg();
        for (var i = 0; i < 450; i++)
        {
            org.Add("Contact", new FakeRecord { ["Name"] = $"Contact {i:D3}", ["Email"] = $"c{i}@example.com" });
        }

        await using var context = await SalesforceTestContext.StartAsync(s => s with { QueryBatchSize = 200 }, org);

        // Act
        var result = await context.Client.QueryAsync("SELECT Id, Name FROM Contact", Token);

        // Assert
        result.ApiCalls.ShouldBe(3);
        result.TotalSize.ShouldBe(450);
        result.Records.Select(r => r.GetString("Name")).Distinct().Count().ShouldBe(450);
        var pages = context.Fake.Requests.Where(r => r.Path.Contains("/query", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBe(3);
        pages.ShouldAllBe(r => r.Port == context.Fake.InstanceUrl.Port);
        pages.Skip(1).ShouldAllBe(r => r.Path.StartsWith("/services/data/v64.0/query/01g", StringComparison.Ordinal));
        pages.ShouldAllBe(r => r.Headers["Sforce-Query-Options"] == "batchSize=200");
    }

    [Fact]
    public async Task AggregateAsync_Reads_Aliases_And_Unnamed_Expr_Columns()
    {
        var org = new FakeOrg();
        var rep = org.AddUser("Ada Rep");
        org.AddOpportunity(rep.Id, DateTimeOffset.Parse("2026-03-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), 100.5, new DateOnly(2026, 3, 31));
        org.AddOpportunity(rep.Id, DateTimeOffset.Parse("2026-03-03T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), 200, new DateOnly(2026, 3, 31));
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var rows = await context.Client.AggregateAsync("SELECT OwnerId, COUNT(Id), SUM(Amount) total FROM Opportunity GROUP BY OwnerId", Token);

        var row = rows.ShouldHaveSingleItem();
        row.GetString("ownerid").ShouldBe(rep.Id);
        row.GetInt64("expr0").ShouldBe(2);
        row.GetDouble("TOTAL").ShouldBe(300.5);
    }

    [Fact]
    public async Task CountAsync_Reads_TotalSize_Of_A_Count_Query()
    {
        var org = new FakeOrg();
        for (var i = 0; i < 7; i++)
        {
            org.Add("Contact", new FakeRecord { ["Name"] = $"C{i}" });
        }

        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var count = await context.Client.CountAsync("SELECT COUNT() FROM Contact", Token);

        count.ShouldBe(7);
    }

    [Fact]
    public async Task Records_Read_Salesforce_Datetimes_Dates_And_Explicit_Nulls()
    {
        var org = new FakeOrg();
        var rep = org.AddUser("Ada Rep");
        org.AddTask(rep.Id, new DateOnly(2026, 11, 2), score: null);
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var result = await context.Client.QueryAsync("SELECT Id, ActivityDate, CreatedDate, Call_Score__c FROM Task", Token);

        var task = result.Records.ShouldHaveSingleItem();
        task.Element.GetProperty("CreatedDate").GetString().ShouldBe("2026-11-02T12:00:00.000+0000");
        task.GetDateTime("createddate").ShouldBe(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero));
        task.GetDate("ActivityDate").ShouldBe(new DateOnly(2026, 11, 2));
        task.Element.GetProperty("Call_Score__c").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        task.GetDouble("Call_Score__c").ShouldBeNull();
    }

    [Fact]
    public async Task Responses_Are_Requested_And_Read_With_Gzip()
    {
        var org = new FakeOrg();
        org.AddUser("Ada Rep");
        await using var context = await SalesforceTestContext.StartAsync(org: org, arrange: f => f.CompressResponses = true);

        var result = await context.Client.QueryAsync("SELECT Id, Name FROM User", Token);

        result.Records.ShouldHaveSingleItem().GetString("Name").ShouldBe("Ada Rep");
        context.Fake.Requests.Last().Headers["Accept-Encoding"].ShouldContain("gzip");
    }

    [Fact]
    public async Task Every_Response_Updates_The_Api_Usage()
    {
        await using var context = await SalesforceTestContext.StartAsync(arrange: f => (f.ApiUsed, f.ApiAllowed) = (1200, 5000));

        await context.Client.CountAsync("SELECT COUNT() FROM Contact", Token);
        await context.Client.CountAsync("SELECT COUNT() FROM Contact", Token);

        var usage = context.Services.GetRequiredService<ApiUsageMonitor>().Latest.ShouldNotBeNull();
        usage.ShouldBe(new ApiUsage(1202, 5000));
        usage.Fraction.ShouldBe(1202d / 5000);
    }

    [Theory]
    [InlineData("api-usage=18/5000", 18, 5000)]
    [InlineData("api-usage=4500/5000; per-app-api-usage=17/250(appName=sample-app)", 4500, 5000)]
    public void ApiUsage_Parse_Reads_The_Org_Counter(string header, long used, long allowed) =>
        ApiUsage.Parse(header).ShouldBe(new ApiUsage(used, allowed));

    [Fact]
    public void ApiUsage_Parse_Returns_Null_Without_The_Counter() =>
        ApiUsage.Parse("per-app-api-usage=17/250(appName=x)").ShouldBeNull();
}
