using PipWatch.Core.Evaluation;
using PipWatch.Core.Milestones;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;
using PipWatch.Core.Realism;
using PipWatch.Demo;

namespace PipWatch.Tests.Demo;

/// <summary>
/// Each demo plan, replayed day by day (09:00 in the rep's zone) through the real evaluation core, tells the story
/// it was written for.
/// </summary>
public sealed class DemoStoryTests
{
    private readonly DemoWorld _world = DemoWorld.Instance;

    [Fact]
    public void Steady_Improvement_Stays_On_Track_Improves_And_Passes_Late()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.SteadyImprovementPip);

        // Act
        var replay = Replay(pip);

        // Assert: never behind, and the pace on the meetings goal keeps climbing.
        DaysNot(replay, pip.Start, LastDay(pip), TargetStatus.NotStarted, TargetStatus.OnTrack, TargetStatus.Met).ShouldBeEmpty();
        var meetings = replay.Select(d => (d.Day, Target: d.Evaluation.FindTarget("meetings_booked")!)).ToList();
        var week3 = meetings.Single(m => m.Day == new DateOnly(2026, 9, 21)).Target.Pace!.Value;
        var week10 = meetings.Single(m => m.Day == new DateOnly(2026, 11, 2)).Target.Pace!.Value;
        week10.ShouldBeGreaterThan(week3 + 0.08);
        var callScore = replay.Select(d => d.Evaluation.FindTarget("call_score")!.Actual).OfType<double>().ToList();
        callScore[^1].ShouldBeGreaterThan(callScore[10] + 3);

        // The meetings goal is met in the final weeks, and the plan passes.
        var metOn = meetings.First(m => m.Target.Status == TargetStatus.Met).Day;
        metOn.ShouldBeInRange(pip.End.AddDays(-21), pip.End);
        Final(replay).Outcome.ShouldNotBeNull().Kind.ShouldBe(OutcomeKind.Passed);
    }

    [Fact]
    public void Early_Success_Meets_Every_Goal_Weeks_Before_The_End()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.EarlySuccessPip);

        // Act
        var replay = Replay(pip);

        // Assert
        DaysNot(replay, pip.Start, LastDay(pip), TargetStatus.NotStarted, TargetStatus.OnTrack, TargetStatus.Met).ShouldBeEmpty();
        var metOn = replay.First(d => d.Evaluation.Status == TargetStatus.Met).Day;
        metOn.ShouldBeLessThanOrEqualTo(pip.End.AddDays(-21));
        DaysNot(replay, metOn, pip.End, TargetStatus.Met).ShouldBeEmpty();
        FiredOn(replay, "total:closed_won:100").ShouldBeLessThanOrEqualTo(metOn);
        FiredOn(replay, "total:meetings_held:100").ShouldBeLessThanOrEqualTo(metOn);
        FiredOn(replay, "passed").ShouldBe(pip.End.AddDays(1));
        Final(replay).Outcome.ShouldNotBeNull().Kind.ShouldBe(OutcomeKind.Passed);
    }

    [Fact]
    public void Decline_Starts_On_Track_Slides_Off_Track_And_Fails()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.DeclinePip);

        // Act
        var replay = Replay(pip);

        // Assert: fine for the first three weeks, off track for the last four, failed at the end.
        DaysNot(replay, pip.Start, new DateOnly(2026, 9, 21), TargetStatus.NotStarted, TargetStatus.OnTrack).ShouldBeEmpty();
        DaysNot(replay, pip.End.AddDays(-27), pip.End.AddDays(1), TargetStatus.OffTrack).ShouldBeEmpty();
        var outcome = Final(replay).Outcome.ShouldNotBeNull();
        outcome.Kind.ShouldBe(OutcomeKind.Failed);
        outcome.Targets.ShouldAllBe(t => !t.Met);
        var pipeline = outcome.Targets.Single(t => t.TargetId == "pipeline_created");
        pipeline.Attainment.ShouldBeInRange(0.6, 0.95);
        pipeline.Achieved.ShouldNotBeNull().ShouldBeGreaterThan(pipeline.Goal / 2);
    }

    [Fact]
    public void Comeback_Is_Off_Track_For_A_Month_Then_Recovers_And_Passes()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.ComebackPip);

        // Act
        var replay = Replay(pip);

        // Assert: off track from the end of the grace period through the first month.
        DaysNot(replay, new DateOnly(2026, 9, 17), new DateOnly(2026, 10, 12), TargetStatus.OffTrack).ShouldBeEmpty();

        // A comeback on each must-have target, after which the plan is never behind again.
        var comebacks = replay.SelectMany(d => d.Fired.Where(m => m.Kind == MilestoneKind.Comeback).Select(m => (d.Day, Milestone: m))).ToList();
        comebacks.Select(c => c.Milestone.TargetId).ShouldContain("meetings_held");
        comebacks.Select(c => c.Milestone.TargetId).ShouldContain("pipeline_created");
        var back = comebacks.Where(c => c.Milestone.TargetId is "meetings_held" or "pipeline_created").Max(c => c.Day);
        back.ShouldBeInRange(new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 20));
        DaysNot(replay, back.AddDays(1), pip.End, TargetStatus.OnTrack, TargetStatus.Met).ShouldBeEmpty();
        Final(replay).Outcome.ShouldNotBeNull().Kind.ShouldBe(OutcomeKind.Passed);
    }

    [Fact]
    public void Partial_Hits_Every_Call_Week_But_Misses_Revenue()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.PartialPip);

        // Act
        var final = Final(Replay(pip));

        // Assert
        var outcome = final.Outcome.ShouldNotBeNull();
        outcome.Kind.ShouldBe(OutcomeKind.Partial);
        outcome.Options.Count.ShouldBe(3);
        var calls = final.FindTarget("calls").ShouldNotBeNull();
        calls.Status.ShouldBe(TargetStatus.Met);
        calls.Weeks.ShouldAllBe(w => w.Outcome == WeekOutcome.Hit || w.Outcome == WeekOutcome.NoWorkingDays);
        var revenue = outcome.Gaps.ShouldHaveSingleItem();
        revenue.TargetId.ShouldBe("closed_won");
        revenue.Attainment.ShouldBeInRange(0.4, 0.85);
    }

    [Fact]
    public void Failure_Is_Behind_On_Every_Goal_And_Fails()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.FailurePip);

        // Act
        var replay = Replay(pip);

        // Assert
        DaysNot(replay, new DateOnly(2026, 9, 14), pip.End.AddDays(1), TargetStatus.OffTrack).ShouldBeEmpty();
        var final = Final(replay);
        var outcome = final.Outcome.ShouldNotBeNull();
        outcome.Kind.ShouldBe(OutcomeKind.Failed);
        outcome.Gaps.Count.ShouldBe(2);
        final.FindTarget("meetings_booked")!.Weeks.ShouldAllBe(w => w.Outcome != WeekOutcome.Hit);
        final.FindTarget("call_score")!.ActualCompleted.ShouldNotBeNull().ShouldBeLessThan(70);
    }

    [Fact]
    public void Pto_Pause_Keeps_The_Pace_Through_Two_Weeks_Of_Leave()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.PtoPausePip);
        var paused = pip.PausedDays.ShouldHaveSingleItem();
        var before = DemoWorld.At(pip, paused.First, 9);
        var after = DemoWorld.At(pip, paused.Last.AddDays(3), 9);

        // Act
        var atStart = _world.Evaluate(pip, before);
        var atReturn = _world.Evaluate(pip, after);
        var withoutPause = PlanEvaluator.Evaluate(
            PreparedPlan.Create(pip with { PausedDays = [] }, _world.Settings.Calendar, DemoWorld.ZoneOf(pip), _world.Catalog),
            _world.Series(pip, after),
            _world.Settings.Thresholds,
            null,
            after);

        // Assert: the leave adds no expected activity, so the pace is where it was.
        var paceBefore = atStart.FindTarget("meetings_booked")!.Pace!.Value;
        var paceAfter = atReturn.FindTarget("meetings_booked")!.Pace!.Value;
        paceBefore.ShouldBeGreaterThan(1);
        paceAfter.ShouldBe(paceBefore, 0.03);
        withoutPause.FindTarget("meetings_booked")!.Pace!.Value.ShouldBeLessThan(paceAfter * 0.85);
        atReturn.Status.ShouldBe(TargetStatus.OnTrack);
        atReturn.WorkingDaysCompleted.ShouldBe(atStart.WorkingDaysCompleted);

        // The weeks of leave ask for no calls, and the plan passes.
        atReturn.FindTarget("calls")!.Weeks.Count(w => w.Outcome == WeekOutcome.NoWorkingDays).ShouldBe(2);
        var replay = Replay(pip);
        DaysNot(replay, pip.Start, LastDay(pip), TargetStatus.NotStarted, TargetStatus.OnTrack, TargetStatus.Met).ShouldBeEmpty();
        Final(replay).Outcome.ShouldNotBeNull().Kind.ShouldBe(OutcomeKind.Passed);
    }

    [Fact]
    public void Amendment_Moves_The_End_And_The_Goal_From_Its_Date()
    {
        // Arrange
        var pip = _world.Plan(DemoStories.AmendmentPip);
        var amendment = pip.Amendments.ShouldHaveSingleItem();

        // Act
        var dayBefore = _world.Evaluate(pip, DemoWorld.At(pip, amendment.EffectiveDate.AddDays(-3), 9));
        var onTheDay = _world.Evaluate(pip, DemoWorld.At(pip, amendment.EffectiveDate, 9));
        var afterOriginalEnd = _world.Evaluate(pip, DemoWorld.At(pip, pip.End.AddDays(3), 9));
        var afterNewEnd = _world.Evaluate(pip, DemoWorld.At(pip, amendment.NewEndDate!.Value.AddDays(1), 9));

        // Assert: behind on the original terms...
        dayBefore.End.ShouldBe(pip.End);
        dayBefore.AmendmentsInForce.ShouldBeEmpty();
        dayBefore.FindTarget("meetings_booked")!.Goal.ShouldBe(55);
        dayBefore.Status.ShouldBe(TargetStatus.OffTrack);

        // ...on track on the amended ones, still running past the original end, and passed at the new end.
        onTheDay.End.ShouldBe(new DateOnly(2026, 12, 4));
        onTheDay.AmendmentsInForce.ShouldHaveSingleItem().Reason.ShouldContain("enterprise team");
        onTheDay.FindTarget("meetings_booked")!.Goal.ShouldBe(45);
        onTheDay.Status.ShouldBe(TargetStatus.OnTrack);
        afterOriginalEnd.Phase.ShouldBe(PlanPhase.Running);
        afterOriginalEnd.Outcome.ShouldBeNull();
        afterNewEnd.Phase.ShouldBe(PlanPhase.Ended);
        afterNewEnd.Outcome.ShouldNotBeNull().Kind.ShouldBe(OutcomeKind.Passed);
    }

    [Fact]
    public void Peers_Give_The_Realism_Check_Data_And_Only_The_Failing_Plans_Score_Goal_Stands_Out()
    {
        // Arrange
        var weeks = _world.Settings.Realism.PeerWeeks;
        var verdicts = new List<(string Pip, string Target, RealismAssessment Assessment)>();

        // Act
        foreach (var pip in _world.Configuration.Pips)
        {
            var calendar = _world.Prepare(pip).CalendarOn(pip.Start);
            foreach (var target in pip.Targets)
            {
                var assessment = RealismCheck.Assess(RealismCheck.WeeklyGoal(target, calendar), target.Direction, _world.PeerWeeks(pip, target, weeks));
                verdicts.Add((pip.Id, target.Id, assessment));
            }
        }

        // Assert
        verdicts.ShouldAllBe(v => v.Assessment.PeerCount >= 5);
        var flagged = verdicts.Where(v => v.Assessment.Verdict != RealismVerdict.InLine).ShouldHaveSingleItem();
        (flagged.Pip, flagged.Target).ShouldBe((DemoStories.FailurePip, "call_score"));
        flagged.Assessment.Verdict.ShouldBe(RealismVerdict.AboveUpperQuartile);
        flagged.Assessment.IsDemanding.ShouldBeTrue();
    }

    private IReadOnlyList<ReplayDay> Replay(Pip pip) => _world.Replay(pip, pip.Start, LastDay(pip).AddDays(1), hour: 9);

    private static DateOnly LastDay(Pip pip) => EffectivePlan.Versions(pip)[^1].End;

    /// <summary>The days between two dates (inclusive) whose plan status is none of <paramref name="allowed"/>, as readable lines.</summary>
    private static List<string> DaysNot(IReadOnlyList<ReplayDay> replay, DateOnly from, DateOnly to, params TargetStatus[] allowed) =>
        [.. replay.Where(d => d.Day >= from && d.Day <= to && !allowed.Contains(d.Evaluation.Status)).Select(d => $"{d.Day:yyyy-MM-dd} {d.Evaluation.Status.ToKey()}")];

    private static PlanEvaluation Final(IReadOnlyList<ReplayDay> replay)
    {
        var final = replay[^1].Evaluation;
        final.Phase.ShouldBe(PlanPhase.Ended);
        return final;
    }

    private static DateOnly FiredOn(IReadOnlyList<ReplayDay> replay, string key) =>
        replay.FirstOrDefault(d => d.Fired.Any(m => m.Key == key))?.Day ?? throw new ShouldAssertException($"Milestone {key} never fired.");
}
