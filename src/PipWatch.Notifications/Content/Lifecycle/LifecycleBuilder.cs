using PipWatch.Core.Evaluation;
using PipWatch.Core.Outcomes;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Lifecycle;

/// <summary>Builds the check-in reminder, the ending-soon note and the off-ramp report.</summary>
internal sealed class LifecycleBuilder(ContentContext context)
{
    public ContentDraft CheckInReminder()
    {
        var plan = context.Plan;
        var rep = plan.Rep.Name;
        var cadence = plan.Plan?.Pip.CheckInCadenceWorkingDays ?? 5;
        var question = $"Has the 24-hour check-in with {rep} happened?";
        var agenda = new List<string>
        {
            "How they feel about the plan, and whether each goal is clear to them.",
            "What could get in the way in the first weeks, and what each of you will do about it.",
            "The support you agreed on: is it in place yet?",
            $"The date of the next check-in (about every {context.Format.Whole(cadence)} working days).",
        };
        var lines = plan.Evaluation.Targets.Select(t => context.Lines.Build(new TargetFacts(t, plan), plan, withTrend: false, chart: null)).ToList();
        var subject = $"PIP check-in — has the 24-hour check-in with {ContentContext.SubjectName(rep)} happened?";
        var model = new CheckInReminderEmail(
            subject,
            question,
            context.RecipientName,
            rep,
            context.DataAsOf,
            question,
            $"The plan started on {context.Format.Date(plan.Evaluation.Start)}. A conversation in the first day sets the tone for everything after it; if it has not happened yet, hold it today.",
            agenda,
            lines,
            context.SalesforceUrl(plan.Rep));
        return new ContentDraft(model, subject);
    }

    public ContentDraft EndingSoon()
    {
        var plan = context.Plan;
        var evaluation = plan.Evaluation;
        var format = context.Format;
        var rep = plan.Rep.Name;
        var facts = evaluation.Targets.Select(t => new TargetFacts(t, plan)).ToList();
        var judged = facts.Where(f => f.Target.MustHave || facts.All(x => !x.Target.MustHave)).ToList();
        var onCourse = judged.Count(OnCourse);
        var left = evaluation.WorkingDaysRemaining;
        var headline = $"{rep}'s plan ends on {format.Date(evaluation.End)}: {format.Whole(left)} working {(left == 1 ? "day" : "days")} left, today included.";
        var outlook = $"On current figures, {format.Whole(onCourse)} of {format.Whole(judged.Count)} must-have {(judged.Count == 1 ? "goal would" : "goals would")} be met.";
        var preparation = new List<string>
        {
            $"Book the final review with {rep} for the first working day after {format.Date(evaluation.End)}, with HR if your process asks for it.",
            "Read back through your check-in notes and the digests; together they are the record of the plan.",
            "Think through each outcome now (passed, partly met, not passed) and what you would do in each.",
            $"Tell {rep} plainly where each goal stands this week, so the outcome is no surprise.",
        };
        var subject = $"PIP ending soon — {ContentContext.SubjectName(rep)}: {format.Whole(left)} working {(left == 1 ? "day" : "days")} left, prepare the decision";
        var model = new EndingSoonEmail(
            subject,
            outlook,
            context.RecipientName,
            rep,
            context.DataAsOf,
            headline,
            outlook,
            facts.Select(Outlook).ToList(),
            facts.Select(f => context.Lines.Build(f, plan, withTrend: false, context.Charts?.Full(f.Target, plan))).ToList(),
            preparation,
            context.SalesforceUrl(plan.Rep));
        return new ContentDraft(model, subject);
    }

    public ContentDraft OffRamp()
    {
        var plan = context.Plan;
        var evaluation = plan.Evaluation;
        var format = context.Format;
        var rep = plan.Rep.Name;
        var outcome = evaluation.Outcome ?? OutcomeJudge.Judge(evaluation.Targets);
        var judged = outcome.Targets.Where(o => o.MustHave || outcome.Targets.All(x => !x.MustHave)).ToList();
        var met = judged.Count(o => o.Met);
        var gaps = outcome.Gaps.Select(g => g.Label).ToList();
        var gapText = gaps.Count == 0 ? "the missed goals" : string.Join(", ", gaps);

        var lines = outcome.Targets.Select(o => Outcome(o, evaluation.FindTarget(o.TargetId), plan)).ToList();
        var recommendation = outcome.Kind switch
        {
            OutcomeKind.Passed => $"Close the plan as passed and tell {rep} clearly that it is over. PipWatch keeps watching the same metrics for several weeks and warns you if they slip back.",
            OutcomeKind.Failed => $"None of the must-have goals was met. The plan's recommended next step is to part ways; speak with HR before you talk to {rep}.",
            _ => $"Some goals were met and some were not. Choose one of the three options below. The missed goals, biggest gap first: {gapText}.",
        };
        var options = outcome.Options.Select(o => Option(o, rep, gapText)).ToList();
        var decision = string.IsNullOrWhiteSpace(plan.Plan?.Pip.Decision)
            ? "Record your decision in the plan file (decision: passed, failed or partial) so the record is complete."
            : $"The decision recorded in the plan file: {plan.Plan!.Pip.Decision!.Trim()}.";
        var outcomeText = StatusText.Outcome(outcome.Kind);
        var subject = $"PIP ended — {ContentContext.SubjectName(rep)}: {outcomeText.ToLowerInvariant()}, decision {(string.IsNullOrWhiteSpace(plan.Plan?.Pip.Decision) ? "needed" : "recorded")}";
        var summary = $"Must-have goals met: {format.Whole(met)} of {format.Whole(judged.Count)}.";
        var model = new OffRampEmail(
            subject,
            $"{outcomeText}: {summary}",
            context.RecipientName,
            rep,
            context.DataAsOf,
            $"{format.Date(evaluation.Start)} to {format.Date(evaluation.End)}",
            outcomeText,
            StatusText.OutcomeColour(outcome.Kind),
            summary,
            lines,
            recommendation,
            options,
            decision,
            context.SalesforceUrl(plan.Rep));
        return new ContentDraft(model, subject);
    }

    private static bool OnCourse(TargetFacts f)
    {
        var t = f.Target;
        return t.Status == TargetStatus.Met
            || t.Kind switch
            {
                GoalKind.Weekly => f.WeeksHit == f.WeeksJudged && t.Status == TargetStatus.OnTrack,
                GoalKind.Rate => t.Status == TargetStatus.OnTrack,
                _ when f.AtMost => t.Projection is double p && p <= t.Goal,
                _ => t.Projection is double p && p >= t.Goal,
            };
    }

    private string Outlook(TargetFacts f)
    {
        var t = f.Target;
        var format = context.Format;
        string V(double? value) => format.Value(value, t.Unit);
        if (t.Status == TargetStatus.Met)
        {
            return $"{t.Label}: met ({V(t.Actual)} of {V(t.Goal)}).";
        }

        return t.Kind switch
        {
            GoalKind.Weekly when f.WeeksHit < f.WeeksJudged =>
                $"{t.Label}: {format.Whole(f.WeeksJudged - f.WeeksHit)} of {format.Whole(f.WeeksJudged)} weeks missed, so it can no longer be fully met.",
            GoalKind.Weekly => $"{t.Label}: every week hit so far; the remaining days must reach this week's {V(t.Goal)}.",
            GoalKind.Rate => $"{t.Label}: {V(t.Actual)} against {(f.AtMost ? "at most" : "at least")} {V(t.Goal)}, judged at the end.",
            _ when f.AtMost => t.Projection is double p && p <= t.Goal
                ? $"{t.Label}: within the limit so far (projected {V(p)} of at most {V(t.Goal)})."
                : $"{t.Label}: heading over the limit (projected {V(t.Projection)} of at most {V(t.Goal)}).",
            _ => t.Projection is double p && p >= t.Goal
                ? $"{t.Label}: on course (projected {V(p)} of {V(t.Goal)})."
                : t.RequiredDailyRate is double rate
                    ? $"{t.Label}: projected {V(t.Projection)} of {V(t.Goal)}; making it needs {format.Rate(rate, t.Unit)} a day until the end."
                    : $"{t.Label}: projected {V(t.Projection)} of {V(t.Goal)}.",
        };
    }

    private OutcomeLine Outcome(TargetOutcome o, TargetEvaluation? t, Requests.PlanSnapshot plan)
    {
        var format = context.Format;
        var unit = t?.Unit ?? Core.Metrics.MetricUnit.Count;
        var goal = t is null ? format.Value(o.Goal, unit) : context.Lines.Goal(t, plan.Evaluation.End);
        var achieved = o.Kind switch
        {
            GoalKind.Weekly when t is not null => $"{format.Whole((int)(o.Achieved ?? 0))} of {format.Whole(t.Weeks.Count(w => w.Outcome != WeekOutcome.NoWorkingDays))} weeks hit",
            GoalKind.Rate when o.Reason == StatusReason.MinSample => "Too few records to judge",
            _ => format.Value(o.Achieved, unit),
        };
        return new OutcomeLine(
            o.Label,
            o.MustHave,
            goal,
            achieved,
            o.Met ? "Met" : "Missed",
            StatusText.Colour(o.Met ? TargetStatus.OnTrack : TargetStatus.OffTrack),
            Capital(o.MustHave ? StatusText.Reason(o.Reason) : $"{StatusText.Reason(o.Reason)}; optional, so it does not decide the outcome"),
            t is null ? null : context.Charts?.Full(t, plan));
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static OptionNote Option(OffRampOption option, string rep, string gaps) => option switch
    {
        OffRampOption.ReadmitAndWatch => new(
            "Return to normal work, and keep watching",
            $"{rep} leaves the plan. PipWatch keeps comparing the plan's metrics with its goals for several weeks and tells you if they slip."),
        OffRampOption.LetGo => new(
            "Part ways",
            $"End {rep}'s employment. The plan set clear goals and gave time and support to reach them; these figures are the record. Involve HR before you decide."),
        OffRampOption.NewPlanOnMissedTargets => new(
            "Run a new plan on the missed goals",
            $"A shorter plan on {gaps} only, with a realistic timeline and the support that worked for the goals {rep} did meet."),
        OffRampOption.ReadmitWithPrioritisedGaps => new(
            "Return to normal work with the gaps as priorities",
            $"{rep} leaves the plan with {gaps} as stated priorities and a written standard: falling below it again leads to a new plan. Share the standard with them."),
        _ => new(option.ToString(), ""),
    };
}
