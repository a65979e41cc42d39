using PipWatch.Core.Milestones;
using PipWatch.Core.Planning;
using static PipWatch.Core.Tests.Builders.Days;
using static PipWatch.Core.Tests.Planning.PlanningWorld;

namespace PipWatch.Core.Tests.Planning;

/// <summary>
/// The rep's weekly progress and celebrations, for a plan from Wednesday 4 to Friday 27 March 2026 (weeks start on
/// Monday: 2, 9, 16 and 23 March; the first week after the end starts on 30 March).
/// </summary>
public sealed class RepNoteTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static PlanningWorld Evaluated(Func<PlanInput, PlanInput>? change = null) => new PlanningWorld().Plan(p =>
    {
        var plan = p with
        {
            Pip = Pip("2026-03-04", "2026-03-27"),
            Evaluation = EvaluatedAt(Local("2026-03-09 07:00", NewYork), start: "2026-03-04"),
        };
        return change is null ? plan : change(plan);
    });

    [Theory]
    [InlineData("2026-03-02", null)] // the first week (the plan starts on its Wednesday)
    [InlineData("2026-03-09", "2026-03-09")] // the second week
    [InlineData("2026-03-16", "2026-03-16")]
    [InlineData("2026-03-23", "2026-03-23")] // the last week
    [InlineData("2026-03-30", "2026-03-30")] // the first week after the end: covers the final week
    [InlineData("2026-04-06", null)]
    public void RepWeekly_Runs_From_The_Second_Week_Through_The_First_Week_After_The_End(string monday, string? week)
    {
        var weekly = Evaluated().AtLocal($"{monday} 08:30").OfKind(NotificationKind.RepWeekly);

        weekly.Keys().ShouldBe(week is null ? [] : [$"weekly:pip-jordan:{week}"]);
    }

    [Theory]
    [InlineData("2026-03-16 08:29", false)]
    [InlineData("2026-03-16 08:30", true)]
    [InlineData("2026-03-16 21:00", true)]
    public void RepWeekly_Goes_Out_At_The_Configured_Local_Time(string local, bool due)
    {
        Evaluated().AtLocal(local).OfKind(NotificationKind.RepWeekly).Length.ShouldBe(due ? 1 : 0);
    }

    [Theory]
    [InlineData("2026-03-17 09:59", false)] // Tuesday
    [InlineData("2026-03-18 09:59", false)] // Wednesday, before 10:00
    [InlineData("2026-03-18 10:00", true)]
    public void RepWeekly_Goes_Out_On_The_Configured_Day(string local, bool due)
    {
        // Arrange: weekly notes on Wednesdays at 10:00.
        var world = Evaluated();
        world.Schedule = new PlanningSchedule { RepWeeklyDay = DayOfWeek.Wednesday, RepWeeklyTime = new TimeOnly(10, 0) };

        // Act
        var weekly = world.AtLocal(local).OfKind(NotificationKind.RepWeekly);

        // Assert
        weekly.Keys().ShouldBe(due ? ["weekly:pip-jordan:2026-03-16"] : []);
        if (due)
        {
            weekly[0].LocalDay.ShouldBe(D("2026-03-18"));
            weekly[0].Period.ShouldBe(new(D("2026-03-16"), D("2026-03-22")));
        }
    }

    [Fact]
    public void RepWeekly_Is_Sent_On_A_Company_Holiday()
    {
        var world = Evaluated();
        world.Holidays.Add(D("2026-03-16"));

        world.AtLocal("2026-03-16 08:30").Keys(NotificationKind.RepWeekly).ShouldBe(["weekly:pip-jordan:2026-03-16"]);
    }

    [Fact]
    public void RepWeekly_Follows_The_Reps_Own_Zone()
    {
        // Arrange: a rep in Sydney; Monday 08:30 there is Sunday 17:30 in New York (UTC 21:30).
        var world = Evaluated(p => p with { Rep = Person("rep-jordan", "Australia/Sydney") });

        // Act / Assert
        world.AtUtc("2026-03-15 21:29").OfKind(NotificationKind.RepWeekly).ShouldBeEmpty();
        world.AtUtc("2026-03-15 21:30").Keys(NotificationKind.RepWeekly).ShouldBe(["weekly:pip-jordan:2026-03-16"]);
    }

    [Fact]
    public void RepWeekly_Missed_On_Its_Day_Is_Caught_Up_Later_That_Week_Under_The_Same_Key()
    {
        var world = Evaluated();

        world.AtLocal("2026-03-19 11:00").Keys(NotificationKind.RepWeekly).ShouldBe(["weekly:pip-jordan:2026-03-16"]);
        world.AtLocal("2026-03-22 23:00").Keys(NotificationKind.RepWeekly).ShouldBe(["weekly:pip-jordan:2026-03-16"]);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void RepWeekly_Never_Goes_To_An_Inactive_Rep_Or_One_Without_Email(bool active, bool email)
    {
        var world = Evaluated(p => p with { Rep = Person("rep-jordan", "America/New_York", active, email) });

        world.AtLocal("2026-03-16 08:30").OfKind(NotificationKind.RepWeekly).ShouldBeEmpty();
    }

    [Fact]
    public void RepWeekly_Waits_For_The_First_Evaluation()
    {
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-04", "2026-03-27") });

        world.AtLocal("2026-03-16 08:30").OfKind(NotificationKind.RepWeekly).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(true, new[] { "mgr-alex" })]
    [InlineData(false, new string[0])]
    public void Celebration_Per_Milestone_To_The_Rep_With_The_Manager_In_Copy_Per_Setting(bool ccManager, string[] cc)
    {
        // Arrange: two milestones fired on Tuesday.
        var half = new MilestoneFired(new Milestone("total:calls:50", MilestoneKind.TotalFraction, "calls", 0.5), Local("2026-03-17 10:00", NewYork));
        var week = new MilestoneFired(new Milestone("weekly:emails:2026-03-16", MilestoneKind.WeeklyHit, "emails"), Local("2026-03-17 10:00", NewYork));
        var world = Evaluated(p => p with { Milestones = [half, week] });
        world.CcManagerOnCelebrations = ccManager;

        // Act
        var celebrations = world.AtLocal("2026-03-17 10:15").OfKind(NotificationKind.Celebration);

        // Assert
        celebrations.Keys().ShouldBe(["milestone:pip-jordan:total:calls:50", "milestone:pip-jordan:weekly:emails:2026-03-16"]);
        celebrations.ShouldAllBe(c => c.To.Single().UserId == "rep-jordan");
        celebrations.ShouldAllBe(c => c.Cc.Select(p => p.UserId).SequenceEqual(cc));
        celebrations[0].Milestone.ShouldBe(half);
        celebrations[0].LocalDay.ShouldBe(D("2026-03-17"));
    }

    [Fact]
    public void Celebration_Never_Goes_To_An_Inactive_Rep()
    {
        var fired = new MilestoneFired(new Milestone("passed", MilestoneKind.Passed, null), Local("2026-03-28 01:00", NewYork));
        var world = Evaluated(p => p with { Rep = Person("rep-jordan", "America/New_York", active: false), Milestones = [fired] });

        world.AtLocal("2026-03-28 09:00").OfKind(NotificationKind.Celebration).ShouldBeEmpty();
    }

    [Fact]
    public void Celebration_Without_A_Reachable_Manager_Still_Goes_To_The_Rep()
    {
        var fired = new MilestoneFired(new Milestone("total:calls:50", MilestoneKind.TotalFraction, "calls", 0.5), Local("2026-03-17 10:00", NewYork));
        var world = Evaluated(p => p with { Manager = Person("mgr-alex", "America/New_York", email: false), Milestones = [fired] });

        var celebration = world.AtLocal("2026-03-17 10:15").OfKind(NotificationKind.Celebration).Single();

        celebration.To.Single().UserId.ShouldBe("rep-jordan");
        celebration.Cc.ShouldBeEmpty();
    }
}
