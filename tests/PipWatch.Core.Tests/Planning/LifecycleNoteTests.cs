using PipWatch.Core.Evaluation;
using PipWatch.Core.Planning;
using PipWatch.Core.Tests.Builders;
using static PipWatch.Core.Tests.Builders.Days;
using static PipWatch.Core.Tests.Planning.PlanningWorld;

namespace PipWatch.Core.Tests.Planning;

/// <summary>Kickoff, check-in reminder, ending soon, off-ramp report and relapse warning, on their days at the local send time.</summary>
public sealed class LifecycleNoteTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2026-03-09 11:59", new string[0])] // 07:59 in New York
    [InlineData("2026-03-09 12:00", new[] { "kickoff:pip-jordan:manager" })] // 08:00 in New York, 05:00 in Los Angeles
    [InlineData("2026-03-09 15:00", new[] { "kickoff:pip-jordan:manager", "kickoff:pip-jordan:rep" })] // 08:00 in Los Angeles
    [InlineData("2026-03-10 07:30", new string[0])] // the next day in both zones
    public void Kickoff_On_The_Start_Date_At_Each_Recipients_Send_Time_Without_Data(string utc, string[] keys)
    {
        // Arrange: a rep in Los Angeles, a manager in New York, a plan starting Monday 9 March, no evaluation yet.
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-09", "2026-04-03"), Rep = Person("rep-jordan", "America/Los_Angeles") });

        // Act
        var notes = world.AtUtc(utc).Where(n => n.Kind is NotificationKind.KickoffManager or NotificationKind.KickoffRep).ToArray();

        // Assert
        notes.Keys().ShouldBe(keys);
        notes.ShouldAllBe(n => n.Plans.Single().Evaluation == null);
    }

    [Fact]
    public void Kickoff_Goes_To_The_Rep_And_To_The_Manager()
    {
        var notes = new PlanningWorld().Plan().AtLocal("2026-03-02 08:00");

        notes.Single(n => n.Kind == NotificationKind.KickoffRep).To.ShouldBe([Rep]);
        notes.Single(n => n.Kind == NotificationKind.KickoffManager).To.ShouldBe([Manager]);
    }

    [Theory]
    [InlineData("2026-03-06", false, false)] // the start date (a Friday)
    [InlineData("2026-03-09", false, true)] // the first working day after it
    [InlineData("2026-03-10", false, false)]
    [InlineData("2026-03-09", true, false)] // that Monday a company holiday
    [InlineData("2026-03-10", true, true)]
    public void CheckIn_Reminder_On_The_First_Working_Day_After_The_Start(string day, bool mondayHoliday, bool due)
    {
        // Arrange
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-06", "2026-04-03") });
        if (mondayHoliday)
        {
            world.Holidays.Add(D("2026-03-09"));
        }

        // Act
        var reminders = world.AtLocal($"{day} 08:00").OfKind(NotificationKind.CheckInReminder);

        // Assert
        reminders.Keys().ShouldBe(due ? ["checkin:pip-jordan"] : []);
        reminders.ShouldAllBe(r => r.To.Single() == Manager);
    }

    [Theory]
    [InlineData("2026-03-20 08:00", false, false)] // six working days left
    [InlineData("2026-03-23 07:59", false, false)]
    [InlineData("2026-03-23 08:00", false, true)] // five: Monday to Friday 27 March, today and the end included
    [InlineData("2026-03-19 08:00", true, false)] // Wednesday 25 March a holiday: five left from Friday 20 March
    [InlineData("2026-03-20 08:00", true, true)]
    public void EndingSoon_When_Exactly_Five_Working_Days_Remain(string local, bool holiday, bool due)
    {
        var world = new PlanningWorld().Plan();
        if (holiday)
        {
            world.Holidays.Add(D("2026-03-25"));
        }

        world.AtLocal(local).Keys(NotificationKind.EndingSoon).ShouldBe(due ? ["ending-soon:pip-jordan:2026-03-27"] : []);
    }

    [Fact]
    public void EndingSoon_Amendment_Moving_The_End_Date_Gives_A_New_Note()
    {
        // Arrange: the ending-soon note went out on 23 March; on the 24th the plan is extended to 10 April.
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-02", "2026-03-27", PipId, MoveEnd("2026-03-24", "2026-04-10")) });

        // Act
        var before = world.AtLocal("2026-03-23 08:00").Keys(NotificationKind.EndingSoon);
        var during = world.AtLocal("2026-03-30 08:00").Keys(NotificationKind.EndingSoon);
        var after = world.AtLocal("2026-04-06 08:00").Keys(NotificationKind.EndingSoon);

        // Assert
        before.ShouldBe(["ending-soon:pip-jordan:2026-03-27"]);
        during.ShouldBeEmpty();
        after.ShouldBe(["ending-soon:pip-jordan:2026-04-10"]);
    }

    [Fact]
    public void EndingSoon_End_Pulled_In_Past_The_Notice_Is_Announced_At_Once()
    {
        // Arrange: on Wednesday 18 March the end moves from 27 to 20 March, so only three working days remain.
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-02", "2026-03-27", PipId, MoveEnd("2026-03-18", "2026-03-20")) });

        // Act / Assert
        world.AtLocal("2026-03-17 08:00").Keys(NotificationKind.EndingSoon).ShouldBeEmpty();
        world.AtLocal("2026-03-18 08:00").Keys(NotificationKind.EndingSoon).ShouldBe(["ending-soon:pip-jordan:2026-03-20"]);
        world.AtLocal("2026-03-23 08:00").Keys(NotificationKind.EndingSoon).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-03")]
    public void EndingSoon_Plan_No_Longer_Than_The_Notice_Gets_None(string day)
    {
        var world = new PlanningWorld().Plan(p => p with { Pip = Pip("2026-03-02", "2026-03-06") });

        world.AtLocal($"{day} 09:00").OfKind(NotificationKind.EndingSoon).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2026-03-27 09:00", PlanPhase.Running, false, false)] // the end date
    [InlineData("2026-03-30 07:59", PlanPhase.Ended, false, false)]
    [InlineData("2026-03-30 08:00", PlanPhase.Ended, false, true)] // the first working day after the end
    [InlineData("2026-03-30 08:00", PlanPhase.Running, false, false)] // no evaluation of the ended plan yet
    [InlineData("2026-03-31 08:00", PlanPhase.Ended, false, false)]
    [InlineData("2026-03-30 08:00", PlanPhase.Ended, true, false)] // that Monday a holiday
    [InlineData("2026-03-31 08:00", PlanPhase.Ended, true, true)]
    public void OffRamp_Report_On_The_First_Working_Day_After_The_End(string local, PlanPhase phase, bool mondayHoliday, bool due)
    {
        // Arrange
        var now = Local(local, NewYork);
        var world = new PlanningWorld().Plan(p => p with { Evaluation = EvaluatedAt(now.AddMinutes(-5), phase, targets: [Target("calls", TargetStatus.Met, dataAsOf: now)]) });
        if (mondayHoliday)
        {
            world.Holidays.Add(D("2026-03-30"));
        }

        // Act
        var reports = world.At(now).OfKind(NotificationKind.OffRampReport);

        // Assert
        reports.Keys().ShouldBe(due ? ["offramp:pip-jordan:2026-03-27"] : []);
        reports.ShouldAllBe(r => r.To.Single() == Manager && r.Plans.Single().Evaluation!.Phase == PlanPhase.Ended);
    }

    [Theory]
    [InlineData("2026-04-20 09:00", "2026-04-20 09:00", null)] // one missed week is not a relapse
    [InlineData("2026-04-27 09:00", "2026-04-27 07:59", null)] // before the send time
    [InlineData("2026-04-27 09:00", "2026-04-27 09:00", "2026-04-20")]
    [InlineData("2026-04-27 09:00", "2026-05-04 09:00", null)] // a flag more than a week old is history
    [InlineData("2026-05-04 09:00", "2026-05-04 09:00", "2026-04-27")] // missed again: a new week, a new warning
    public void Relapse_Warning_Once_Per_Flagged_Week(string checkedAt, string plannedAt, string? week)
    {
        // Arrange: a passed plan (2 to 27 March); the rep drops below the weekly goal from 13 April.
        var scenario = new PlanScenario("2026-03-02", "2026-03-27")
            .Weekly("calls", 50)
            .LogWorkingDays("calls", "2026-03-02", "2026-04-10", 10)
            .LogWorkingDays("calls", "2026-04-13", "2026-05-22", 6);
        var report = scenario.RelapseAt(checkedAt);
        var world = new PlanningWorld().Add(new PlanInput(scenario.Pip, Rep) { Manager = Manager, Relapse = report });

        // Act
        var warnings = world.AtLocal(plannedAt).OfKind(NotificationKind.RelapseWarning);

        // Assert
        warnings.Keys().ShouldBe(week is null ? [] : [$"relapse:pip-jordan:{week}"]);
        warnings.ShouldAllBe(w => w.Relapse == report && w.To.Single() == Manager);
    }
}
