using PipWatch.Core.Metrics;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;

namespace PipWatch.Core.Evaluation;

/// <summary>Evaluates a plan at an instant. Pure: the same inputs always give the same result.</summary>
public static class PlanEvaluator
{
    /// <param name="plan">The prepared plan (amendments, calendar and metrics resolved).</param>
    /// <param name="series">The rep's daily series by metric name; a metric without a series counts as zero. Days after the as-of local day are ignored.</param>
    /// <param name="previous">The state of the plan's previous evaluation (hysteresis, comebacks); null for the first one.</param>
    /// <param name="asOf">The instant to evaluate at; the rep's local day and completed days follow from it.</param>
    public static PlanEvaluation Evaluate(
        PreparedPlan plan,
        IReadOnlyDictionary<string, DailySeries> series,
        Thresholds thresholds,
        EvaluationState? previous,
        DateTimeOffset asOf)
    {
        var today = plan.LocalDay(asOf);
        var version = plan.VersionOn(today);
        var calendar = version.Calendar;
        var targets = version.Plan.Targets;

        var evaluations = new TargetEvaluation[targets.Count];
        var states = new TargetState[targets.Count];
        DateTimeOffset? dataAsOf = null;
        var anyStale = false;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var definition = version.Metrics[i];
            var reader = MetricReader.Create(definition, plan.Metrics, series);
            var prior = previous?.Find(target.Id);
            var input = new TargetInput(target, reader, new TargetSpan(calendar, target.Start, today), thresholds, prior);
            var figures = target.Target.Kind switch
            {
                GoalKind.Total => TotalTargetEvaluator.Evaluate(input),
                GoalKind.Weekly => WeeklyTargetEvaluator.Evaluate(input),
                GoalKind.Rate => RateTargetEvaluator.Evaluate(input),
                _ => throw new ArgumentOutOfRangeException(nameof(plan), target.Target.Kind, $"Target '{target.Id}' has an unknown goal kind."),
            };

            var recoveringSince = RecoveringSince(figures.Status, prior, input.Span);
            var targetDataAsOf = reader.DataAsOf;
            var stale = targetDataAsOf is { } polled && asOf - polled > thresholds.StaleAfter;
            if (targetDataAsOf is { } at && (dataAsOf is null || at < dataAsOf))
            {
                dataAsOf = at;
            }

            anyStale |= stale;
            evaluations[i] = Build(target, definition, input.Span, figures, prior, recoveringSince, targetDataAsOf, stale);
            states[i] = new TargetState(target.Id, figures.Status, figures.Reason, figures.BandStatus, recoveringSince);
        }

        var remaining = calendar.CountWorkingDays(today > calendar.Start ? today : calendar.Start, calendar.End);
        var phase = today < calendar.Start ? PlanPhase.NotStarted : today > calendar.End ? PlanPhase.Ended : PlanPhase.Running;
        return new PlanEvaluation
        {
            PipId = plan.Pip.Id,
            AsOf = asOf,
            LocalDay = today,
            TimeZoneId = plan.Zone.Id,
            Phase = phase,
            Start = calendar.Start,
            End = calendar.End,
            WorkingDaysTotal = calendar.TotalWorkingDays,
            WorkingDaysCompleted = calendar.CountWorkingDays(calendar.Start, today.AddDays(-1)),
            WorkingDaysRemaining = remaining,
            IsEndingSoon = phase == PlanPhase.Running && remaining <= thresholds.EndingSoonWorkingDays,
            Status = PlanStatus(evaluations),
            Targets = evaluations,
            AmendmentsInForce = version.Plan.AmendmentsInForce,
            DroppedTargetIds = version.Plan.DroppedTargetIds,
            DataAsOf = dataAsOf,
            HasStaleData = anyStale,
            Outcome = phase == PlanPhase.Ended ? OutcomeJudge.Judge(evaluations) : null,
            State = new EvaluationState(plan.Pip.Id, asOf, today, states),
        };
    }

    /// <summary>The worst status among the must-have targets (all targets when none is must-have).</summary>
    public static TargetStatus PlanStatus(IReadOnlyList<TargetEvaluation> targets)
    {
        var anyMustHave = false;
        foreach (var target in targets)
        {
            anyMustHave |= target.MustHave;
        }

        var worst = TargetStatus.NotStarted;
        foreach (var target in targets)
        {
            if ((target.MustHave || !anyMustHave) && target.Status > worst)
            {
                worst = target.Status;
            }
        }

        return worst;
    }

    /// <summary>
    /// Tracks a comeback: the first completed working day back on track after an at-risk or off-track status, kept
    /// while the target stays on track (or met) and dropped as soon as it is not.
    /// </summary>
    private static DateOnly? RecoveringSince(TargetStatus status, TargetState? prior, TargetSpan span)
    {
        if (status is not (TargetStatus.OnTrack or TargetStatus.Met) || prior is null)
        {
            return null;
        }

        return prior.Status.IsBehind() ? span.LastCompletedWorkingDay : prior.RecoveringSince;
    }

    private static TargetEvaluation Build(
        EffectiveTarget target,
        MetricDefinition definition,
        TargetSpan span,
        TargetFigures figures,
        TargetState? prior,
        DateOnly? recoveringSince,
        DateTimeOffset? dataAsOf,
        bool stale) => new()
        {
            TargetId = target.Id,
            Metric = definition.Name,
            Label = definition.Label,
            Unit = definition.Unit,
            Kind = target.Target.Kind,
            Direction = target.Target.Direction,
            MustHave = target.Target.MustHave,
            Start = target.Start,
            PlanGoal = target.Target.Goal,
            Goal = figures.Goal,
            Actual = figures.Actual,
            ActualCompleted = figures.ActualCompleted,
            TodaySoFar = figures.TodaySoFar,
            Attainment = figures.Attainment,
            Expected = figures.Expected,
            Pace = figures.Pace,
            Projection = figures.Projection,
            RequiredDailyRate = figures.RequiredDailyRate,
            Sample = figures.Sample,
            Status = figures.Status,
            Reason = figures.Reason,
            PreviousStatus = prior?.Status,
            Weeks = figures.Weeks ?? [],
            CurrentWeekIndex = figures.CurrentWeekIndex,
            Streak = figures.Streak,
            StreakStart = figures.StreakStart,
            WorkingDaysTotal = span.Total,
            WorkingDaysCompleted = span.Completed,
            WorkingDaysRemaining = span.Remaining,
            RecoveringSince = recoveringSince,
            OnTrackWorkingDays = recoveringSince is DateOnly since ? span.Calendar.CountWorkingDays(since, span.DoneLast) : 0,
            DataAsOf = dataAsOf,
            IsStale = stale,
        };
}
