using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Salesforce.Tests.Metrics;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Validation;

public sealed class OnlineValidatorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Dictionary<string, MetricDefinition> Catalogue(params MetricDefinition[] metrics) => metrics.ToDictionary(m => m.Name);

    private static Pip PipFor(string id, string rep) =>
        new(id, new RepReference(rep), new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 29), [], [], []) { SourceFile = $"config/pips/{id}.yaml" };

    [Fact]
    public async Task The_Default_Shaped_Catalogue_And_Good_Plans_Pass()
    {
        var org = new FakeOrg();
        var manager = org.AddUser("Maya Manager");
        var rep = org.AddUser("Rita Rep", managerId: manager.Id);
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var problems = await context.Validator.ValidateAsync(
            Catalogue(MetricCatalogue.Calls, MetricCatalogue.CallScore, MetricCatalogue.Meetings, MetricCatalogue.OppsCreated, MetricCatalogue.PipelineCreated, MetricCatalogue.ClosedWon, MetricCatalogue.Conversion),
            [PipFor("rita", rep.Id)],
            Token);

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Broken_Metrics_Are_Reported_By_Name()
    {
        // Arrange
        QueryMetric[] broken =
        [
            MetricCatalogue.Calls with { Name = "no_object", SObject = "Telepathy__c" },
            MetricCatalogue.Calls with { Name = "no_field", Aggregate = MetricAggregate.Sum, Field = "Duration__c" },
            MetricCatalogue.Calls with { Name = "sum_of_text", Aggregate = MetricAggregate.Sum, Field = "Subject" },
            MetricCatalogue.Calls with { Name = "wrong_date_type", DateFieldKind = DateFieldKind.DateTime },
            MetricCatalogue.Calls with { Name = "bad_filter", Filter = "Mood__c = 'happy'" },
            MetricCatalogue.Calls with { Name = "no_owner", OwnerField = "AssigneeId" },
        ];
        await using var context = await SalesforceTestContext.StartAsync();

        // Act
        var problems = await context.Validator.ValidateAsync(Catalogue([.. broken, MetricCatalogue.Conversion with { Numerator = "no_field", Denominator = "meetings" }]), [], Token);

        // Assert
        string Problem(string metric) => problems.Where(p => p.Subject == $"metric {metric}").ShouldHaveSingleItem().Message;
        Problem("no_object").ShouldContain("'Telepathy__c' does not exist");
        Problem("no_field").ShouldContain("'Duration__c' does not exist on Task");
        Problem("sum_of_text").ShouldContain("needs a number field");
        Problem("wrong_date_type").ShouldContain("is a date field, but the metric says date_type datetime");
        Problem("bad_filter").ShouldContain("INVALID_FIELD");
        Problem("no_owner").ShouldContain("'AssigneeId' does not exist");
        Problem("conversion").ShouldContain("'meetings'");
        problems.Count.ShouldBe(7);
    }

    [Fact]
    public async Task Plans_With_Unknown_Or_Inactive_Reps_Are_Reported_By_File()
    {
        var org = new FakeOrg();
        var manager = org.AddUser("Maya Manager");
        var gone = org.AddUser("Gone Rep", managerId: manager.Id, active: false);
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var problems = await context.Validator.ValidateAsync(Catalogue(), [PipFor("gone", gone.Id), PipFor("ghost", "ghost@acme.example")], Token);

        problems.Select(p => p.Subject).ShouldBe(["config/pips/gone.yaml", "config/pips/ghost.yaml"]);
        problems[0].Message.ShouldContain("inactive");
        problems[1].Message.ShouldContain("ghost@acme.example");
    }

    [Fact]
    public async Task Each_Object_Is_Described_Once()
    {
        await using var context = await SalesforceTestContext.StartAsync();

        await context.Validator.ValidateAsync(Catalogue(MetricCatalogue.OppsCreated, MetricCatalogue.PipelineCreated), [], Token);

        context.Fake.Requests.Count(r => r.Path.EndsWith("/sobjects/Opportunity/describe", StringComparison.Ordinal)).ShouldBe(1);
    }
}
