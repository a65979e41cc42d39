using PipWatch.Core.Planning;
using static PipWatch.Core.Tests.Builders.Days;
using static PipWatch.Core.Tests.Planning.PlanningWorld;

namespace PipWatch.Core.Tests.Planning;

/// <summary>
/// Manager digests for a plan running Monday 2 to Friday 27 March 2026 (reps in New York). US clocks go forward on
/// 8 March, so from then Los Angeles is UTC−7; Sydney is on summer time (UTC+11) throughout.
/// </summary>
public sealed class ManagerDigestTests
{
    private static readonly PersonRef Sydney = Person("mgr-sydney", "Australia/Sydney");
    private static readonly PersonRef LosAngeles = Person("mgr-la", "America/Los_Angeles");

    [Theory]
    [InlineData("2026-03-09 14:59", null, null)] // 07:59 Monday in LA, 01:59 Tuesday in Sydney
    [InlineData("2026-03-09 15:00", "2026-03-09", null)] // 08:00 in LA; Sydney's Tuesday has not reached 08:00
    [InlineData("2026-03-09 21:00", "2026-03-09", "2026-03-10")] // 14:00 in LA, 08:00 Tuesday in Sydney
    [InlineData("2026-03-10 03:00", null, "2026-03-10")] // 20:00 in LA: Monday's digest has expired
    [InlineData("2026-03-10 09:00", null, null)] // 02:00 Tuesday in LA; 20:00 in Sydney
    [InlineData("2026-03-13 21:00", "2026-03-13", null)] // Friday 14:00 in LA, Saturday 08:00 in Sydney
    [InlineData("2026-03-15 21:30", null, "2026-03-16")] // Sunday in LA, Monday 08:30 in Sydney
    public void Digest_Is_Due_At_Each_Managers_Own_Local_Time(string utc, string? losAngelesDay, string? sydneyDay)
    {
        // Arrange
        var world = new PlanningWorld()
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-a"), Person("rep-a", "America/New_York")) { Manager = LosAngeles })
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-b"), Person("rep-b", "America/New_York")) { Manager = Sydney });

        // Act
        var digests = world.AtUtc(utc).OfKind(NotificationKind.ManagerDigest);

        // Assert
        string?[] expected = [
            losAngelesDay is null ? null : $"digest:mgr-la:{losAngelesDay}",
            sydneyDay is null ? null : $"digest:mgr-sydney:{sydneyDay}"];
        digests.Keys().ShouldBe(expected.OfType<string>().ToArray());
    }

    [Fact]
    public void Digest_Expires_At_The_Latest_Time_Of_The_Readers_Own_Day()
    {
        // Arrange
        var world = new PlanningWorld()
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-a"), Person("rep-a", "America/New_York")) { Manager = LosAngeles })
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-b"), Person("rep-b", "America/New_York")) { Manager = Sydney });

        // Act
        var digests = world.AtUtc("2026-03-09 21:00");

        // Assert: 20:00 on Monday in Los Angeles and on Tuesday in Sydney.
        digests.For(NotificationKind.ManagerDigest, "mgr-la")!.ExpiresAt.ShouldBe(Utc("2026-03-10 03:00"));
        digests.For(NotificationKind.ManagerDigest, "mgr-sydney")!.ExpiresAt.ShouldBe(Utc("2026-03-10 09:00"));
    }

    [Theory]
    [InlineData("2026-03-09 07:59", false)]
    [InlineData("2026-03-09 08:00", true)]
    [InlineData("2026-03-09 19:59", true)]
    [InlineData("2026-03-09 20:00", false)] // expired: the day's digest is lost rather than late
    [InlineData("2026-03-09 23:30", false)]
    public void Digest_Is_Planned_Between_The_Send_Time_And_The_Latest_Time(string local, bool due)
    {
        var digests = new PlanningWorld().Plan().AtLocal(local).OfKind(NotificationKind.ManagerDigest);

        digests.Keys().ShouldBe(due ? ["digest:mgr-alex:2026-03-09"] : []);
    }

    [Theory]
    [InlineData("2026-03-07 09:00", false)] // Saturday
    [InlineData("2026-03-08 09:00", false)] // Sunday
    [InlineData("2026-03-11 09:00", false)] // company holiday
    [InlineData("2026-03-12 09:00", true)]
    public void Digest_Is_Not_Sent_On_Weekends_Or_Company_Holidays(string local, bool due)
    {
        var world = new PlanningWorld().Plan();
        world.Holidays.Add(D("2026-03-11"));

        world.AtLocal(local).OfKind(NotificationKind.ManagerDigest).Length.ShouldBe(due ? 1 : 0);
    }

    [Theory]
    [InlineData("2026-03-03", false, false)] // the day before the start
    [InlineData("2026-03-04", true, false)] // the start date
    [InlineData("2026-03-20", true, false)] // the end date (a Friday)
    [InlineData("2026-03-23", true, false)] // the first working day after the end
    [InlineData("2026-03-24", false, false)]
    [InlineData("2026-03-23", false, true)] // that Monday a holiday: the span runs to Tuesday instead
    [InlineData("2026-03-24", true, true)]
    [InlineData("2026-03-25", false, true)]
    public void Digest_Span_Runs_From_The_Start_Through_The_First_Working_Day_After_The_End(string day, bool due, bool mondayHoliday)
    {
        // Arrange: a plan from Wednesday 4 to Friday 20 March.
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-04", "2026-03-20") });
        if (mondayHoliday)
        {
            world.Holidays.Add(D("2026-03-23"));
        }

        // Act
        var digests = world.AtLocal($"{day} 08:15").OfKind(NotificationKind.ManagerDigest);

        // Assert
        digests.Keys().ShouldBe(due ? [$"digest:mgr-alex:{day}"] : []);
    }

    [Fact]
    public void Digest_Span_Follows_An_Amended_End_Date()
    {
        // Arrange: from 16 March the plan runs to 3 April instead of 27 March.
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-02", "2026-03-27", PipId, MoveEnd("2026-03-16", "2026-04-03")) });

        // Act / Assert
        world.AtLocal("2026-03-31 08:00").OfKind(NotificationKind.ManagerDigest).Length.ShouldBe(1);
        world.AtLocal("2026-04-06 08:00").OfKind(NotificationKind.ManagerDigest).Length.ShouldBe(1);
        world.AtLocal("2026-04-07 08:00").OfKind(NotificationKind.ManagerDigest).Length.ShouldBe(0);
    }

    [Fact]
    public void Digest_Covers_All_Of_A_Managers_Plans_In_Their_Span()
    {
        // Arrange: two running plans and one that ended long ago.
        var world = new PlanningWorld()
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-b"), Person("rep-zoe", "America/Chicago")) { Manager = Manager })
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-a"), Person("rep-adam", "America/New_York")) { Manager = Manager })
            .Add(new PlanInput(Pip("2026-01-05", "2026-01-30", "pip-old"), Person("rep-old", "America/New_York")) { Manager = Manager });

        // Act
        var digest = world.AtLocal("2026-03-10 08:00").Single(n => n.Kind == NotificationKind.ManagerDigest);

        // Assert: one digest, plans ordered by rep name.
        digest.IdempotencyKey.ShouldBe("digest:mgr-alex:2026-03-10");
        digest.PipIds.ShouldBe(["pip-a", "pip-b"]);
        digest.To.ShouldBe([Manager]);
    }

    [Fact]
    public void Watcher_Gets_A_Digest_Of_Only_The_Watched_Plan()
    {
        // Arrange: the manager has two plans; an HR partner in Chicago watches one of them.
        var hr = Person("hr-sam", "America/Chicago");
        var world = new PlanningWorld()
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-a"), Person("rep-a", "America/New_York")) { Manager = Manager, Watchers = [hr] })
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-b"), Person("rep-b", "America/New_York")) { Manager = Manager });

        // Act: 08:00 in New York is 07:00 in Chicago, then 08:00 in Chicago.
        var early = world.AtLocal("2026-03-10 08:00");
        var later = world.AtLocal("2026-03-10 09:00");

        // Assert
        early.For(NotificationKind.ManagerDigest, "hr-sam").ShouldBeNull();
        var watcher = later.For(NotificationKind.ManagerDigest, "hr-sam")!;
        watcher.IdempotencyKey.ShouldBe("digest:hr-sam:2026-03-10");
        watcher.PipIds.ShouldBe(["pip-a"]);
        watcher.Plans.Single().Role.ShouldBe(ViewerRole.Watcher);
        later.For(NotificationKind.ManagerDigest, "mgr-alex")!.PipIds.ShouldBe(["pip-a", "pip-b"]);
    }

    [Fact]
    public void Manager_Who_Watches_Another_Managers_Plan_Gets_One_Digest_With_Both()
    {
        // Arrange
        var other = Person("mgr-other", "America/New_York");
        var world = new PlanningWorld()
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-own"), Person("rep-a", "America/New_York")) { Manager = Manager })
            .Add(new PlanInput(Pip("2026-03-02", "2026-03-27", "pip-watched"), Person("rep-b", "America/New_York")) { Manager = other, Watchers = [Manager] });

        // Act
        var digest = world.AtLocal("2026-03-10 08:00").For(NotificationKind.ManagerDigest, "mgr-alex")!;

        // Assert
        digest.Plans.Select(p => (p.Pip.Id, p.Role)).ShouldBe([("pip-own", ViewerRole.Manager), ("pip-watched", ViewerRole.Watcher)]);
    }

    [Fact]
    public void Watcher_Only_Digest_Needs_A_Watched_Plan_In_Its_Span()
    {
        var hr = Person("hr-sam", "America/New_York");
        var world = new PlanningWorld().Plan(p => p with { Watchers = [hr] });

        world.AtLocal("2026-03-30 08:00").For(NotificationKind.ManagerDigest, "hr-sam").ShouldNotBeNull(); // first working day after the end
        world.AtLocal("2026-03-31 08:00").For(NotificationKind.ManagerDigest, "hr-sam").ShouldBeNull();
    }

    [Fact]
    public void Rep_Named_As_Watcher_Of_Their_Own_Plan_Gets_No_Managers_View()
    {
        var world = new PlanningWorld().Plan(p => p with { Watchers = [Rep] });

        world.AtLocal("2026-03-10 08:00").For(NotificationKind.ManagerDigest, Rep.UserId).ShouldBeNull();
    }
}
