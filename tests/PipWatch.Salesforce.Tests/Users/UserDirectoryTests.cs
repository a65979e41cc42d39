using PipWatch.Core.Plans;
using PipWatch.Salesforce.Tests.Infrastructure;
using PipWatch.Salesforce.Users;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.Tests.Users;

public sealed class UserDirectoryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Pip PipFor(string id, string rep, string? managerOverride = null) =>
        new(id, new RepReference(rep), new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 29), [], [], [])
        {
            ManagerOverride = managerOverride,
            SourceFile = $"config/pips/{id}.yaml",
        };

    [Fact]
    public async Task ResolveAsync_Finds_Reps_By_Id_Username_Or_Email_With_Managers_In_One_Query()
    {
        // Arrange
        var org = new FakeOrg();
        var manager = org.AddUser("Maya Manager", timeZone: "America/Chicago");
        var byId = org.AddUser("Ivan Id", managerId: manager.Id);
        var byShortId = org.AddUser("Sam Short", managerId: manager.Id);
        var byUsername = org.AddUser("Uma User", username: "uma@acme.example.prod", email: "uma@acme.example", managerId: manager.Id);
        var byEmail = org.AddUser("Eve Email", email: "eve@acme.example", managerId: manager.Id, timeZone: "Europe/Berlin");
        await using var context = await SalesforceTestContext.StartAsync(org: org);
        Pip[] pips = [PipFor("p1", byId.Id), PipFor("p2", byShortId.Id[..15]), PipFor("p3", "UMA@acme.example.prod"), PipFor("p4", "eve@acme.example")];

        // Act
        var result = await context.Directory.ResolveAsync(pips, Token);

        // Assert
        result.ApiCalls.ShouldBe(1);
        context.Fake.Queries.Count.ShouldBe(1);
        result.Pips.Select(p => p.Rep?.Id).ShouldBe([byId.Id, byShortId.Id, byUsername.Id, byEmail.Id]);
        result.Pips.ShouldAllBe(p => p.Problems.Count == 0);
        var eve = result.Pips[3];
        eve.Rep!.TimeZoneSidKey.ShouldBe("Europe/Berlin");
        eve.Rep.LocaleSidKey.ShouldBe("en_US");
        eve.Manager.ShouldNotBeNull();
        eve.Manager.Id.ShouldBe(manager.Id);
        eve.Manager.Name.ShouldBe("Maya Manager");
        eve.Manager.Email.ShouldBe("maya.manager@acme.example");
        eve.Manager.TimeZoneSidKey.ShouldBe("America/Chicago");
        eve.Manager.IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task A_Username_Match_Wins_Over_Someone_Elses_Email()
    {
        var org = new FakeOrg();
        var manager = org.AddUser("Maya Manager");
        var owner = org.AddUser("Real Owner", username: "jo@acme.example", email: "jo.private@example.com", managerId: manager.Id);
        org.AddUser("Other Jo", username: "other@acme.example", email: "jo@acme.example", managerId: manager.Id);
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var result = await context.Directory.ResolveAsync([PipFor("p1", "jo@acme.example")], Token);

        result.Pips.ShouldHaveSingleItem().Rep!.Id.ShouldBe(owner.Id);
    }

    [Fact]
    public async Task Problems_Are_Reported_Per_Plan_And_The_Others_Carry_On()
    {
        // Arrange
        var org = new FakeOrg();
        var manager = org.AddUser("Maya Manager");
        var silentManager = org.AddUser("Quiet Manager", email: "");
        silentManager["Email"] = null;
        var good = org.AddUser("Good Rep", managerId: manager.Id);
        var inactive = org.AddUser("Gone Rep", managerId: manager.Id, active: false);
        var orphan = org.AddUser("Orphan Rep");
        var unreachable = org.AddUser("Unreachable Boss", managerId: silentManager.Id);
        org.AddUser("Twin One", username: "t1@acme.example", email: "twins@acme.example", managerId: manager.Id);
        org.AddUser("Twin Two", username: "t2@acme.example", email: "twins@acme.example", managerId: manager.Id);
        await using var context = await SalesforceTestContext.StartAsync(org: org);
        Pip[] pips =
        [
            PipFor("good", good.Id), PipFor("unknown", "nobody@acme.example"), PipFor("inactive", inactive.Id),
            PipFor("orphan", orphan.Id), PipFor("no-email", unreachable.Id), PipFor("twins", "twins@acme.example"),
        ];

        // Act
        var result = await context.Directory.ResolveAsync(pips, Token);

        // Assert
        var byPip = result.Pips.ToDictionary(p => p.PipId);
        byPip["good"].Problems.ShouldBeEmpty();
        byPip["good"].Manager!.Id.ShouldBe(manager.Id);
        Kinds(byPip["unknown"]).ShouldBe([PeopleProblemKind.UnknownRep]);
        byPip["unknown"].Problems[0].Message.ShouldContain("config/pips/unknown.yaml");
        byPip["unknown"].Problems[0].Message.ShouldContain("nobody@acme.example");
        Kinds(byPip["inactive"]).ShouldBe([PeopleProblemKind.InactiveRep]);
        byPip["inactive"].Rep!.Id.ShouldBe(inactive.Id);
        Kinds(byPip["orphan"]).ShouldBe([PeopleProblemKind.NoManager]);
        Kinds(byPip["no-email"]).ShouldBe([PeopleProblemKind.ManagerWithoutEmail]);
        byPip["no-email"].Manager!.Id.ShouldBe(silentManager.Id);
        Kinds(byPip["twins"]).ShouldBe([PeopleProblemKind.AmbiguousRep]);
        result.ApiCalls.ShouldBe(1);
    }

    [Fact]
    public async Task A_Manager_Named_In_The_Plan_Is_Looked_Up_With_One_More_Query()
    {
        var org = new FakeOrg();
        var manager = org.AddUser("Maya Manager");
        var interim = org.AddUser("Ian Interim", email: "ian@acme.example");
        var rep = org.AddUser("Rita Rep", managerId: manager.Id);
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var result = await context.Directory.ResolveAsync([PipFor("p1", rep.Id, managerOverride: "ian@acme.example"), PipFor("p2", rep.Id, managerOverride: "ghost@acme.example")], Token);

        result.ApiCalls.ShouldBe(2);
        result.Pips[0].Manager!.Id.ShouldBe(interim.Id);
        result.Pips[0].Problems.ShouldBeEmpty();
        Kinds(result.Pips[1]).ShouldBe([PeopleProblemKind.UnknownManager]);
    }

    [Fact]
    public async Task Many_Reps_Are_Read_In_Chunks_Of_The_Configured_Size()
    {
        var org = new FakeOrg();
        var manager = org.AddUser("Maya Manager");
        var reps = Enumerable.Range(0, 650).Select(i => org.AddUser($"Rep {i:D3}", managerId: manager.Id)).ToList();
        await using var context = await SalesforceTestContext.StartAsync(s => s with { MaxIdsPerQuery = 300 }, org);

        var result = await context.Directory.ResolveAsync([.. reps.Select(r => PipFor(r.Id, r.Id))], Token);

        result.ApiCalls.ShouldBe(3);
        result.Pips.ShouldAllBe(p => p.Rep != null && p.Manager != null && p.Problems.Count == 0);
    }

    [Fact]
    public async Task A_Hostile_Rep_Reference_Matches_Nobody()
    {
        var org = new FakeOrg();
        org.AddUser("Anyone");
        await using var context = await SalesforceTestContext.StartAsync(org: org);

        var result = await context.Directory.ResolveAsync([PipFor("p1", "x' OR IsActive = true OR Email = 'y")], Token);

        result.Pips[0].Rep.ShouldBeNull();
        Kinds(result.Pips[0]).ShouldBe([PeopleProblemKind.UnknownRep]);
    }

    private static List<PeopleProblemKind> Kinds(PipPeople people) => [.. people.Problems.Select(p => p.Kind)];
}
