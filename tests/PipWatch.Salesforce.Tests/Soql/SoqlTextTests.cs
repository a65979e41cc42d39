using PipWatch.Salesforce.Soql;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Testing.Salesforce;
using PipWatch.Testing.Salesforce.Soql;

namespace PipWatch.Salesforce.Tests.Soql;

public sealed class SoqlTextTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("say \"hi\"", "'say \\\"hi\\\"'")]
    [InlineData("line\nbreak\r\ttab", @"'line\nbreak\r\ttab'")]
    [InlineData("bell\b\f", @"'bell\b\f'")]
    public void Literal_Escapes_What_Soql_Requires(string value, string expected) =>
        SoqlText.Literal(value).ShouldBe(expected);

    [Fact]
    public void Literal_Refuses_Control_Characters_Soql_Cannot_Carry() =>
        Should.Throw<ArgumentException>(() => SoqlText.Literal("nul\0byte")).Message.ShouldContain("U+0000");

    [Theory]
    [InlineData("005000000000001")]
    [InlineData("005000000000001AAA")]
    public void Id_Accepts_15_And_18_Character_Ids(string id) => SoqlText.Id(id).ShouldBe($"'{id}'");

    [Theory]
    [InlineData("005' OR Id != '")]
    [InlineData("005000000000001AA")]
    [InlineData("00500000000000-AAA")]
    [InlineData("")]
    public void Id_Refuses_Anything_But_A_Salesforce_Id(string id) =>
        Should.Throw<ArgumentException>(() => SoqlText.Id(id, "rep user Id")).Message.ShouldContain("rep user Id");

    [Fact]
    public void DateTime_Is_Written_In_Utc_With_Z()
    {
        var value = new DateTimeOffset(2026, 11, 2, 23, 30, 0, TimeSpan.FromHours(-8));

        SoqlText.DateTime(value).ShouldBe("2026-11-03T07:30:00Z");
    }

    [Theory]
    [InlineData("Owner.Email")]
    [InlineData("Call_Score__c")]
    public void Identifier_Accepts_Api_Names(string name) => SoqlText.Identifier(name, "field").ShouldBe(name);

    [Theory]
    [InlineData("Amount) FROM User --")]
    [InlineData("Id, Name")]
    [InlineData("1Field")]
    public void Identifier_Refuses_Anything_Else(string name) =>
        Should.Throw<ArgumentException>(() => SoqlText.Identifier(name, "The field of metric calls")).Message.ShouldContain("metric calls");

    [Theory]
    [InlineData("TaskSubtype = 'Call') OR (IsClosed = true")]
    [InlineData("Subject = 'unterminated")]
    [InlineData("(IsWon = true")]
    public void Filter_Refuses_Text_That_Could_Escape_Its_Parentheses(string filter) =>
        Should.Throw<ArgumentException>(() => SoqlText.Filter(filter, "metric calls")).Message.ShouldContain("metric calls");

    [Fact]
    public void Filter_Keeps_Parentheses_Inside_Literals() =>
        SoqlText.Filter("Subject = 'call (follow-up)' OR Subject = 'it\\'s :)'", "metric calls")
            .ShouldBe("(Subject = 'call (follow-up)' OR Subject = 'it\\'s :)')");

    [Fact]
    public async Task Hostile_Literals_Reach_Salesforce_As_Plain_Values()
    {
        // Arrange: values that would change the query's meaning if they were pasted in unescaped.
        string[] hostile = ["x' OR Name != '", @"back\' OR Name != \'", "a+b@example.com", "line\nbreak", "100% & co; 'quoted' \"double\""];
        var org = new FakeOrg();
        foreach (var value in hostile)
        {
            org.AddUser("Someone", email: value, username: Guid.NewGuid().ToString("N") + "@acme.example");
        }

        org.AddUser("Bystander", email: "bystander@acme.example");
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        foreach (var value in hostile)
        {
            // Act
            var result = await context.Client.QueryAsync($"SELECT Id, Email FROM User WHERE Email = {SoqlText.Literal(value)}", Token);

            // Assert: exactly the one user whose email is that text, never everyone.
            result.Records.ShouldHaveSingleItem().GetString("Email").ShouldBe(value);
        }
    }

    [Fact]
    public async Task Plus_Signs_Are_Percent_Encoded()
    {
        var org = new FakeOrg();
        org.AddUser("Plus", email: "a+b@example.com");
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var result = await context.Client.QueryAsync($"SELECT Id FROM User WHERE Email = {SoqlText.Literal("a+b@example.com")}", Token);

        result.Records.Count.ShouldBe(1);
        context.Fake.Requests.Last().RawQueryString.ShouldContain("a%2Bb%40example.com");
    }

    [Fact]
    public void A_Literal_Cannot_Add_Conditions_To_The_Parsed_Query()
    {
        var query = SoqlParser.Parse($"SELECT Id FROM User WHERE Email = {SoqlText.Literal("x' OR Name != 'y")}");

        var comparison = query.Where.ShouldBeOfType<SoqlComparison>();
        comparison.Value.ShouldBe("x' OR Name != 'y");
    }

    [Fact]
    public void Chunk_Splits_Long_Id_Lists_By_Count()
    {
        var ids = Enumerable.Range(0, 700).Select(i => $"005{i:D12}AAA").ToList();

        var chunks = SoqlChunker.Chunk(ids, 300, chunk => $"SELECT Id FROM User WHERE Id IN {SoqlText.IdList(chunk)}").ToList();

        chunks.Select(c => c.Items.Count).ShouldBe([300, 300, 100]);
        chunks.SelectMany(c => c.Items).ShouldBe(ids);
    }

    [Fact]
    public void Chunk_Splits_Further_When_The_Uri_Would_Be_Too_Long()
    {
        var names = Enumerable.Range(0, 400).Select(i => $"a.rather.long.username.number.{i:D4}@subsidiary.example.com").ToList();

        var chunks = SoqlChunker.Chunk(names, 400, chunk => $"SELECT Id FROM User WHERE Username IN {SoqlText.LiteralList(chunk)} OR Email IN {SoqlText.LiteralList(chunk)}").ToList();

        chunks.Count.ShouldBeGreaterThan(1);
        chunks.ShouldAllBe(c => SoqlChunker.EncodedLength(c.Query) + 64 <= SoqlLimits.MaxRequestUriLength);
        chunks.SelectMany(c => c.Items).ShouldBe(names);
    }
}
