using PipWatch.Core.Calendar;
using PipWatch.Core.Plans;
using PipWatch.Demo;

namespace PipWatch.Tests.Demo;

public sealed class DemoOrgTests
{
    private static readonly DemoOrg Org = DemoOrg.Instance;

    [Fact]
    public void Org_Has_Four_Teams_In_Four_Time_Zones()
    {
        // Act
        var managers = Org.Managers.ToList();
        var reps = Org.Reps.ToList();

        // Assert
        managers.Count.ShouldBe(4);
        reps.Count.ShouldBe(25);
        managers.Select(m => m.User.TimeZoneSidKey).Order(StringComparer.Ordinal)
            .ShouldBe(["America/Los_Angeles", "America/New_York", "Australia/Sydney", "Europe/London"]);
        foreach (var manager in managers)
        {
            var team = Org.ReportsOf(manager.Id);
            team.Count.ShouldBeGreaterThanOrEqualTo(6, manager.User.Name);
            team.ShouldAllBe(r => r.User.TimeZoneSidKey == manager.User.TimeZoneSidKey && r.Team == manager.Team);
            Org.FindById(manager.User.ManagerId!).ShouldNotBeNull().Role.ShouldBe(DemoRole.Director);
        }

        reps.ShouldAllBe(r => Org.FindById(r.User.ManagerId!)!.Role == DemoRole.Manager);
    }

    [Fact]
    public void Users_Look_Like_Salesforce_Users()
    {
        // Act
        var users = Org.Users.ToList();

        // Assert
        foreach (var user in users)
        {
            user.Id.Length.ShouldBe(18);
            user.Id.ShouldStartWith("005");
            SalesforceId.IsValid(user.Id).ShouldBeTrue();
            user.Id[15..].ShouldBe(ChecksumOf(user.Id[..15]), $"the last three characters of {user.Id} encode the case of the first 15");
            user.Email.ShouldNotBeNull().ShouldEndWith("@" + DemoOrg.EmailDomain);
            user.Username.ShouldNotBeNull().ShouldEndWith("@" + DemoOrg.UsernameDomain);
            user.IsActive.ShouldBeTrue();
            TimeZones.FromIana(user.TimeZoneSidKey!).ShouldNotBeNull();
            user.LocaleSidKey.ShouldBe(user.TimeZoneSidKey switch
            {
                "Europe/London" => "en_GB",
                "Australia/Sydney" => "en_AU",
                _ => "en_US",
            });
        }

        users.Select(u => u.Id[..15]).Distinct().Count().ShouldBe(users.Count);
        users.Select(u => u.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(users.Count);
        users.Select(u => u.Username).Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(users.Count);
        users.Select(u => u.Name!.Split(' ')[^1]).Distinct().Count().ShouldBe(users.Count);
    }

    [Theory]
    [InlineData("005Dm00000QGeW9IAL")]
    [InlineData("005Dm00000QGeW9")]
    [InlineData("tbrooks@sales.demo.pipwatch.example")]
    [InlineData("TBrooks@Sales.Demo.PipWatch.Example")]
    [InlineData("tyler.brooks@demo.pipwatch.example")]
    public void Match_Finds_A_User_By_Id_Username_Or_Email(string reference)
    {
        // Act
        var matches = Org.Match(reference);

        // Assert
        matches.ShouldHaveSingleItem().User.Name.ShouldBe("Tyler Brooks");
    }

    [Theory]
    [InlineData("005Dm00000ZZZZZIAA")]
    [InlineData("nobody@demo.pipwatch.example")]
    [InlineData("005dm00000qgew9ial")]
    public void Match_Finds_Nobody_For_An_Unknown_Reference(string reference)
    {
        // Act
        var matches = Org.Match(reference);

        // Assert: Ids are case-sensitive, as in Salesforce.
        matches.ShouldBeEmpty();
    }

    [Fact]
    public void AsOf_Deactivates_The_Departing_Manager_Then_Moves_Their_Team_To_The_Successor()
    {
        // Arrange
        var departure = Org.Departure.ShouldNotBeNull();
        var team = Org.ReportsOf(departure.ManagerId).Select(r => r.Id).ToList();

        // Act
        var before = Org.AsOf(departure.DeactivatedAt.AddTicks(-1));
        var during = Org.AsOf(departure.DeactivatedAt);
        var after = Org.AsOf(departure.ReassignedAt);

        // Assert
        before.ShouldBeSameAs(Org);
        during.FindById(departure.ManagerId).ShouldNotBeNull().User.IsActive.ShouldBeFalse();
        during.ReportsOf(departure.ManagerId).Select(r => r.Id).ShouldBe(team);
        after.FindById(departure.ManagerId).ShouldNotBeNull().User.IsActive.ShouldBeFalse();
        after.ReportsOf(departure.ManagerId).ShouldBeEmpty();
        after.ReportsOf(departure.SuccessorId).Select(r => r.Id).ShouldBe(team);
        after.FindById(departure.SuccessorId).ShouldNotBeNull().Role.ShouldBe(DemoRole.Director);
        after.People.Count(p => !p.User.IsActive).ShouldBe(1);
        after.AsOf(departure.ReassignedAt.AddDays(30)).ShouldBeSameAs(after);
    }

    [Fact]
    public void PeersOf_Are_The_Other_Reps_Of_The_Same_Manager()
    {
        // Arrange
        var tyler = Org.Match("tyler.brooks@demo.pipwatch.example").Single();

        // Act
        var peers = Org.PeersOf(tyler.Id);

        // Assert
        peers.Count.ShouldBe(6);
        peers.ShouldNotContain(tyler);
        peers.ShouldAllBe(p => p.User.ManagerId == tyler.User.ManagerId);
    }

    /// <summary>Salesforce's 18-character suffix: for each 5-character block, a bit per upper-case letter.</summary>
    private static string ChecksumOf(string id15)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
        var suffix = new char[3];
        for (var block = 0; block < 3; block++)
        {
            var bits = 0;
            for (var i = 0; i < 5; i++)
            {
                if (char.IsAsciiLetterUpper(id15[(block * 5) + i]))
                {
                    bits |= 1 << i;
                }
            }

            suffix[block] = Alphabet[bits];
        }

        return new string(suffix);
    }
}
