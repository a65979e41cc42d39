using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Core.Realism;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Content.Lifecycle;

/// <summary>Builds the kickoff notes: the rep's, and the manager's with the realism check.</summary>
internal sealed class KickoffBuilder(ContentContext context)
{
    public ContentDraft BuildForRep()
    {
        var plan = context.Plan;
        var evaluation = plan.Evaluation;
        var format = context.Format;
        var manager = ContentContext.ManagerOrFallback(plan);
        var cadence = plan.Plan?.Pip.CheckInCadenceWorkingDays ?? 5;
        var goals = evaluation.Targets.Select(t => Goal(t, plan, realism: null)).ToList();
        var weeks = Weeks(evaluation);
        var subject = context.RepSubjectsMentionPip
            ? $"Your PIP starts today: {Count(goals.Count)} for the next {weeks}"
            : $"Your plan starts today: {Count(goals.Count)} for the next {weeks}";
        var how = new List<string>
        {
            "Each week you will get an update with your own figures: last week, the plan so far, and the daily pace that gets you to each goal.",
            "When you reach a milestone (half of a goal, a weekly goal, a streak) you will hear about it straight away.",
            $"{manager} will meet you within a day of the start, then about every {format.Whole(cadence)} working days, to look at how it is going and what you need.",
            "The figures come straight from Salesforce, so log your activity on the day you do it.",
        };

        var model = new RepKickoffEmail(
            subject,
            $"Your plan runs {Period(evaluation)}.",
            context.RecipientName,
            plan.Rep.Name,
            manager,
            context.DataAsOf,
            Period(evaluation),
            Length(evaluation),
            $"Your plan with {manager} starts today. Here are the goals and what each one means day to day.",
            goals,
            how,
            "This plan exists so that you succeed. If something is getting in the way, say so early; it is far easier to fix in week one than in the last week.");
        return new ContentDraft(model, subject);
    }

    public ContentDraft BuildForManager()
    {
        var plan = context.Plan;
        var evaluation = plan.Evaluation;
        var format = context.Format;
        var rep = plan.Rep.Name;
        var cadence = plan.Plan?.Pip.CheckInCadenceWorkingDays ?? 5;
        var goals = evaluation.Targets
            .Select(t => Goal(t, plan, plan.Realism.TryGetValue(t.TargetId, out var assessment) ? Realism(assessment, t) : null))
            .ToList();
        var flagged = goals.Where(g => g.Realism?.Flagged == true).Select(g => g.Label).ToList();
        var checkedCount = goals.Count(g => g.Realism is not null);
        var realismSummary = checkedCount == 0
            ? "No peer data was available, so the goals could not be compared with what peers achieve."
            : flagged.Count == 0
                ? "Every goal checked is within the range the rep's peers achieve."
                : $"{string.Join(", ", flagged)} {(flagged.Count == 1 ? "is" : "are")} outside the range most peers achieve. Review before the first check-in; amend with a reason if a goal is out of reach or too easy.";

        var checklist = new List<string>
        {
            $"Meet {rep} within 24 hours. Go through each goal, ask how they see it, and ask them to say the goals back in their own words.",
            "Agree on the support you will give: tools, lead lists, coaching time, a colleague to shadow.",
            $"Check in every {format.Whole(cadence)} working days; the daily digest reminds you when one is due.",
            "Keep short notes of each check-in. These emails record the figures, not the conversations.",
        };
        var notes = plan.PeopleNotes.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();
        if (plan.Plan?.Pip.Watchers.Count is > 0 and var watchers)
        {
            notes.Add($"{format.Whole(watchers)} {(watchers == 1 ? "watcher also receives" : "watchers also receive")} your view of this plan.");
        }

        var subject = $"PIP kickoff — {ContentContext.SubjectName(rep)}: {Count(goals.Count)}, {format.ShortDate(evaluation.Start)} to {format.ShortDate(evaluation.End)}";
        var model = new ManagerKickoffEmail(
            subject,
            realismSummary,
            context.RecipientName,
            rep,
            context.DataAsOf,
            Period(evaluation),
            Length(evaluation),
            realismSummary,
            goals,
            checklist,
            notes,
            context.SalesforceUrl(plan.Rep));
        return new ContentDraft(model, subject);
    }

    private KickoffGoal Goal(TargetEvaluation t, PlanSnapshot plan, RealismNote? realism)
    {
        var format = context.Format;
        var goal = context.Lines.Goal(t, plan.Evaluation.End);
        var standard = plan.Plan?.CalendarSettings.StandardWorkingDaysPerWeek ?? 5;
        var bound = t.Direction == Direction.AtMost ? "at most " : "about ";
        var pace = t.Kind switch
        {
            GoalKind.Weekly when standard > 0 => $"{bound}{format.Rate(t.PlanGoal / standard, t.Unit)} a working day",
            GoalKind.Total when t.WorkingDaysTotal > 0 =>
                $"{bound}{format.Rate(t.PlanGoal / t.WorkingDaysTotal, t.Unit)} a working day over {format.Whole(t.WorkingDaysTotal)} working days",
            GoalKind.Rate when plan.Plan?.PlanOn(plan.Evaluation.LocalDay).FindTarget(t.TargetId)?.Target.MinSample is > 0 and var sample =>
                $"measured over the plan, judged once there are {format.Whole(sample)} records",
            _ => "measured over the plan",
        };
        if (!t.MustHave)
        {
            pace += "; tracked, but it does not decide the outcome";
        }

        return new KickoffGoal(t.Label, goal, pace, t.MustHave, realism);
    }

    private RealismNote Realism(RealismAssessment a, TargetEvaluation t)
    {
        var format = context.Format;
        string V(double? value) => t.Unit == Core.Metrics.MetricUnit.Count ? format.Rate(value, t.Unit) : format.Value(value, t.Unit);
        var goal = t.Kind == GoalKind.Rate ? V(a.Goal) : $"{V(a.Goal)} a week";
        var peers = a.PeerCount == 1 ? "1 peer" : $"{format.Whole(a.PeerCount)} peers";
        var range = $"the middle half of {peers} runs {V(a.LowerQuartile)} to {V(a.UpperQuartile)} a week, median {V(a.Median)}";
        if (t.Kind == GoalKind.Rate)
        {
            range = $"the middle half of {peers} runs {V(a.LowerQuartile)} to {V(a.UpperQuartile)}, median {V(a.Median)}";
        }

        var atMost = t.Direction == Direction.AtMost;
        var percentile = a.Percentile is double p ? Ordinal((int)Math.Round(p)) : null;
        return a.Verdict switch
        {
            RealismVerdict.InLine => new("In line with peers", $"{goal} sits at the {percentile} percentile; {range}.", false, StatusText.Colour(TargetStatus.OnTrack)),
            RealismVerdict.AboveUpperQuartile => new(
                atMost ? "Looser than most peers" : "Above what most peers achieve",
                $"{goal} is above the peers' 75th percentile ({V(a.UpperQuartile)}); {range}.",
                true,
                a.IsDemanding ? StatusText.Colour(TargetStatus.AtRisk) : StatusText.Colour(TargetStatus.Met)),
            RealismVerdict.BelowLowerQuartile => new(
                atMost ? "Stricter than most peers" : "Below what most peers achieve",
                $"{goal} is below the peers' 25th percentile ({V(a.LowerQuartile)}); {range}.",
                true,
                a.IsDemanding ? StatusText.Colour(TargetStatus.AtRisk) : StatusText.Colour(TargetStatus.Met)),
            RealismVerdict.TooFewPeers => new(
                "Too few peers to compare",
                a.Median is double median ? $"Only {peers} with data (median {V(median)}); not enough for a fair comparison." : $"Only {peers} with data.",
                false,
                StatusText.Colour(TargetStatus.NotStarted)),
            _ => new("No peer data", "No peer has data for this metric yet.", false, StatusText.Colour(TargetStatus.NotStarted)),
        };
    }

    private string Count(int goals) => goals == 1 ? "1 goal" : $"{context.Format.Whole(goals)} goals";

    private string Period(PlanEvaluation evaluation) => $"{context.Format.Date(evaluation.Start)} to {context.Format.Date(evaluation.End)}";

    private string Length(PlanEvaluation evaluation) => $"{context.Format.Whole(evaluation.WorkingDaysTotal)} working days";

    private string Weeks(PlanEvaluation evaluation)
    {
        var weeks = (int)Math.Ceiling((evaluation.End.DayNumber - evaluation.Start.DayNumber + 1) / 7.0);
        return weeks == 1 ? "week" : $"{context.Format.Whole(weeks)} weeks";
    }

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{n}{suffix}";
    }
}
