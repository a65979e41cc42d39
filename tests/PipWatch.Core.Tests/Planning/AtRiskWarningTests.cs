using PipWatch.Core.Evaluation;
using PipWatch.Core.Planning;
using static PipWatch.Core.Tests.Builders.Days;
using static PipWatch.Core.Tests.Planning.PlanningWorld;

namespace PipWatch.Core.Tests.Planning;

/// <summary>
/// At-risk warnings for a plan running 2 to 27 March 2026 in New York, planned at 09:00 on the day named, from an
/// evaluation ten minutes old on data polled twenty minutes earlier.
/// </summary>
public sealed class AtRiskWarningTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset At(string day) => Local($"{day} 09:00", NewYork);

    private static TargetEvaluation Calls(string day, TargetStatus status, TargetStatus? previous, bool mustHave = true) =>
        Target("calls", status, previous, mustHave, dataAsOf: At(day).AddMinutes(-20));

    private static PlannedNotification[] Warnings(
        string day,
        TargetEvaluation target,
        LastWarning? last = null,
        StatusOnDay[]? history = null,
        PlanningWorld? world = null,
        Func<PlanInput, PlanInput>? change = null)
    {
        world ??= new PlanningWorld();
        world.Plan(p =>
        {
            var plan = p with
            {
                Evaluation = EvaluatedAt(At(day).AddMinutes(-10), targets: [target]),
                Warnings = last is null ? [] : [last],
                StatusHistory = history ?? [],
            };
            return change is null ? plan : change(plan);
        });
        return world.At(At(day)).OfKind(NotificationKind.AtRiskWarning);
    }

    private static LastWarning Warned(string day, TargetStatus status) => new("calls", status, At(day));

    [Theory]
    [InlineData(TargetStatus.NotStarted)]
    [InlineData(null)]
    public void First_Evaluation_After_Grace_Warns_As_A_Change_From_Not_Started(TargetStatus? previous)
    {
        // Act
        var warning = Warnings("2026-03-05", Calls("2026-03-05", TargetStatus.AtRisk, previous)).Single();

        // Assert
        warning.IdempotencyKey.ShouldBe("atrisk:pip-jordan:calls:2026-03-05:at_risk");
        warning.To.ShouldBe([Manager]);
        warning.Cc.ShouldBeEmpty();
        warning.Warning.ShouldBe(new AtRiskChange("calls", TargetStatus.NotStarted, TargetStatus.AtRisk, null, false));
        warning.RecordWarning.ShouldBe(new WarningRecorded(PipId, "calls", TargetStatus.AtRisk, At("2026-03-05")));
    }

    [Theory]
    [InlineData(TargetStatus.NotStarted)] // grace period
    [InlineData(TargetStatus.OnTrack)]
    [InlineData(TargetStatus.Met)]
    public void Target_Not_Behind_Is_Not_Warned(TargetStatus status)
    {
        Warnings("2026-03-05", Calls("2026-03-05", status, TargetStatus.NotStarted)).ShouldBeEmpty();
    }

    [Fact]
    public void Target_Staying_At_The_Status_Last_Warned_Is_Not_Warned_Again()
    {
        var history = new[] { new StatusOnDay("calls", D("2026-03-09"), TargetStatus.AtRisk), new StatusOnDay("calls", D("2026-03-10"), TargetStatus.AtRisk) };

        var warnings = Warnings("2026-03-13", Calls("2026-03-13", TargetStatus.AtRisk, TargetStatus.AtRisk), Warned("2026-03-09", TargetStatus.AtRisk), history);

        warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Worsening_From_At_Risk_To_Off_Track_Warns_At_Once_Despite_The_Cooldown()
    {
        // Arrange: warned about at_risk this very morning.
        var last = new LastWarning("calls", TargetStatus.AtRisk, At("2026-03-10").AddHours(-2));

        // Act
        var warning = Warnings("2026-03-10", Calls("2026-03-10", TargetStatus.OffTrack, TargetStatus.AtRisk), last).Single();

        // Assert
        warning.IdempotencyKey.ShouldBe("atrisk:pip-jordan:calls:2026-03-10:off_track");
        warning.Warning.ShouldBe(new AtRiskChange("calls", TargetStatus.AtRisk, TargetStatus.OffTrack, TargetStatus.AtRisk, true));
    }

    [Theory]
    [InlineData("2026-03-11", TargetStatus.OnTrack, false, false)] // the fall, two working days after Monday's warning
    [InlineData("2026-03-12", TargetStatus.AtRisk, false, true)] // still behind on the third working day: the cooldown is over
    [InlineData("2026-03-12", TargetStatus.AtRisk, true, false)] // Thursday a holiday: it does not count
    [InlineData("2026-03-13", TargetStatus.AtRisk, true, true)]
    public void Cooldown_Blocks_A_Renewed_Fall_Until_Three_Working_Days_After_The_Last_Warning(string day, TargetStatus previous, bool thursdayHoliday, bool warns)
    {
        // Arrange: warned Monday 9 March, back on track Tuesday, behind again from Wednesday.
        var world = new PlanningWorld();
        if (thursdayHoliday)
        {
            world.Holidays.Add(D("2026-03-12"));
        }

        var history = new[]
        {
            new StatusOnDay("calls", D("2026-03-09"), TargetStatus.AtRisk),
            new StatusOnDay("calls", D("2026-03-10"), TargetStatus.OnTrack),
            new StatusOnDay("calls", D("2026-03-11"), TargetStatus.AtRisk),
        };

        // Act
        var warnings = Warnings(day, Calls(day, TargetStatus.AtRisk, previous), Warned("2026-03-09", TargetStatus.AtRisk), history, world);

        // Assert
        warnings.Keys().ShouldBe(warns ? [$"atrisk:pip-jordan:calls:{day}:at_risk"] : []);
    }

    [Fact]
    public void Renewed_Fall_After_The_Cooldown_Warns_At_Once()
    {
        // Arrange: warned Monday 2 March; on track from Tuesday; behind again on Monday 9 March.
        var history = new[] { new StatusOnDay("calls", D("2026-03-03"), TargetStatus.OnTrack) };

        // Act
        var warnings = Warnings("2026-03-09", Calls("2026-03-09", TargetStatus.AtRisk, TargetStatus.OnTrack), Warned("2026-03-02", TargetStatus.AtRisk), history);

        // Assert
        warnings.Keys().ShouldBe(["atrisk:pip-jordan:calls:2026-03-09:at_risk"]);
    }

    [Theory]
    [InlineData(TargetStatus.OnTrack)] // the evaluation just before was the recovery
    [InlineData(TargetStatus.OffTrack)] // behind for a while, but on track on a day since the warning
    public void Renewed_Fall_After_A_Recovery_Is_Told_From_The_Recovered_Status_Not_The_Last_Warning(TargetStatus previous)
    {
        // Arrange: warned off_track Monday 2 March; on track on Wednesday 4 March; off_track again on Monday 9 March.
        var history = new[]
        {
            new StatusOnDay("calls", D("2026-03-02"), TargetStatus.OffTrack),
            new StatusOnDay("calls", D("2026-03-04"), TargetStatus.OnTrack),
            new StatusOnDay("calls", D("2026-03-06"), TargetStatus.OffTrack),
        };

        // Act
        var warning = Warnings("2026-03-09", Calls("2026-03-09", TargetStatus.OffTrack, previous), Warned("2026-03-02", TargetStatus.OffTrack), history).Single();

        // Assert
        warning.Warning.ShouldBe(new AtRiskChange("calls", TargetStatus.OnTrack, TargetStatus.OffTrack, TargetStatus.OffTrack, false));
    }

    [Fact]
    public void Renewed_Fall_Is_Recognised_From_The_Previous_Evaluation_Without_History()
    {
        var warnings = Warnings("2026-03-09", Calls("2026-03-09", TargetStatus.AtRisk, TargetStatus.OnTrack), Warned("2026-03-02", TargetStatus.AtRisk));

        warnings.Length.ShouldBe(1);
    }

    [Fact]
    public void Back_To_The_Status_Last_Warned_Without_A_Recovery_Is_Not_Warned()
    {
        // Arrange: warned off_track on Monday; at_risk on Tuesday (better, still behind); off_track again on Friday.
        var history = new[] { new StatusOnDay("calls", D("2026-03-10"), TargetStatus.AtRisk) };

        // Act
        var warnings = Warnings("2026-03-13", Calls("2026-03-13", TargetStatus.OffTrack, TargetStatus.AtRisk), Warned("2026-03-09", TargetStatus.OffTrack), history);

        // Assert
        warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Optional_Targets_Are_Never_Warned()
    {
        Warnings("2026-03-05", Calls("2026-03-05", TargetStatus.OffTrack, TargetStatus.NotStarted, mustHave: false)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("fresh", true)]
    [InlineData("polled seven hours ago", false)]
    [InlineData("never polled", false)]
    [InlineData("no poll known and no data time", false)]
    [InlineData("evaluated on stale data", false)]
    [InlineData("evaluation seven hours old", false)]
    public void Stale_Metric_Never_Creates_A_Warning(string situation, bool warns)
    {
        // Arrange
        var now = At("2026-03-05");
        var target = situation switch
        {
            "no poll known and no data time" => Target("calls", TargetStatus.AtRisk, TargetStatus.NotStarted),
            "evaluated on stale data" => Target("calls", TargetStatus.AtRisk, TargetStatus.NotStarted, dataAsOf: now.AddMinutes(-20), stale: true),
            _ => Target("calls", TargetStatus.AtRisk, TargetStatus.NotStarted, dataAsOf: now.AddMinutes(-20)),
        };
        var polls = situation switch
        {
            "polled seven hours ago" => new Dictionary<string, DateTimeOffset?> { ["calls"] = now.AddHours(-7) },
            "never polled" => new Dictionary<string, DateTimeOffset?> { ["calls"] = null },
            "fresh" => new Dictionary<string, DateTimeOffset?> { ["calls"] = now.AddMinutes(-20) },
            _ => new Dictionary<string, DateTimeOffset?>(),
        };
        var evaluatedAt = situation == "evaluation seven hours old" ? now.AddHours(-7) : now.AddMinutes(-10);
        var world = new PlanningWorld().Plan(p => p with
        {
            Evaluation = EvaluatedAt(evaluatedAt, targets: [target]),
            LastSuccessfulPolls = polls,
        });

        // Act
        var warnings = world.At(now).OfKind(NotificationKind.AtRiskWarning);

        // Assert
        warnings.Length.ShouldBe(warns ? 1 : 0);
    }

    [Theory]
    [InlineData(true, true, new[] { "rep-jordan" })]
    [InlineData(true, false, new string[0])] // an inactive rep gets no copy
    [InlineData(false, true, new string[0])]
    public void Rep_Copy_Of_A_Warning_Follows_The_Setting(bool copyRep, bool repActive, string[] cc)
    {
        var world = new PlanningWorld { CopyRepOnAtRiskWarnings = copyRep };

        var warning = Warnings(
            "2026-03-05",
            Calls("2026-03-05", TargetStatus.AtRisk, TargetStatus.NotStarted),
            world: world,
            change: p => p with { Rep = Person("rep-jordan", "America/New_York", repActive) }).Single();

        warning.Cc.Select(p => p.UserId).ShouldBe(cc);
    }

    [Theory]
    [InlineData(PlanPhase.NotStarted)]
    [InlineData(PlanPhase.Ended)]
    public void Warnings_Only_While_The_Plan_Runs(PlanPhase phase)
    {
        var world = new PlanningWorld().Plan(p => p with
        {
            Evaluation = EvaluatedAt(At("2026-03-05").AddMinutes(-10), phase, targets: [Calls("2026-03-05", TargetStatus.OffTrack, TargetStatus.NotStarted)]),
        });

        world.At(At("2026-03-05")).OfKind(NotificationKind.AtRiskWarning).ShouldBeEmpty();
    }

    [Fact]
    public void Each_Must_Have_Target_Is_Warned_On_Its_Own()
    {
        var now = At("2026-03-05");
        var world = new PlanningWorld().Plan(p => p with
        {
            Evaluation = EvaluatedAt(now.AddMinutes(-10), targets:
            [
                Target("calls", TargetStatus.AtRisk, TargetStatus.NotStarted, dataAsOf: now),
                Target("emails", TargetStatus.OffTrack, TargetStatus.NotStarted, dataAsOf: now),
                Target("meetings_held", TargetStatus.OnTrack, TargetStatus.NotStarted, dataAsOf: now),
            ]),
        });

        world.At(now).Keys(NotificationKind.AtRiskWarning).ShouldBe(
            ["atrisk:pip-jordan:calls:2026-03-05:at_risk", "atrisk:pip-jordan:emails:2026-03-05:off_track"]);
    }

    [Theory]
    [InlineData("2026-03-05 00:30", 0)] // the fall shows at the rep's midnight: nobody is woken
    [InlineData("2026-03-05 07:59", 0)]
    [InlineData("2026-03-05 08:00", 1)] // the manager's send time
    [InlineData("2026-03-05 19:59", 1)]
    [InlineData("2026-03-05 20:00", 0)] // after the latest time it waits for the next working morning
    [InlineData("2026-03-07 10:00", 0)] // Saturday
    public void At_Risk_Warning_Waits_For_The_Managers_Working_Hours(string localTime, int expected)
    {
        // Arrange
        var now = Local(localTime, NewYork);
        var world = new PlanningWorld();
        world.Plan(p => p with
        {
            Evaluation = EvaluatedAt(now.AddMinutes(-10), targets: [Target("calls", TargetStatus.AtRisk, TargetStatus.NotStarted, true, dataAsOf: now.AddMinutes(-20))]),
        });

        // Act
        var warnings = world.At(now).OfKind(NotificationKind.AtRiskWarning);

        // Assert
        warnings.Length.ShouldBe(expected);
    }
}
