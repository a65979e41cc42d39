using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Formatting;

namespace PipWatch.Notifications.Content.Views;

/// <summary>What getting back on course takes: the daily rate needed from today against the recent daily rate.</summary>
internal sealed class Recovery(ContentFormat format)
{
    /// <summary>"to reach 300 by Friday, December 11, 2026" or "to reach this week's 60".</summary>
    public string Aim(TargetEvaluation t, DateOnly end) => t.Kind switch
    {
        GoalKind.Weekly => $"to reach this week's {format.Value(t.Goal, t.Unit)}",
        _ => $"to reach {format.Value(t.Goal, t.Unit)} by {format.Date(end)}",
    };

    /// <summary>How the needed rate compares with the recent one: "about 40% more than", "2.5 times", "no more than".</summary>
    public string? Comparison(TargetFacts facts)
    {
        if (facts.Target.RequiredDailyRate is not double required || facts.RecentRate is not double recent || recent <= 0)
        {
            return null;
        }

        var ratio = required / recent;
        return ratio switch
        {
            <= 1.02 => "no more than",
            < 2 => $"about {format.Percent(Math.Max(0.01, Math.Round(ratio - 1, 2)))} more than",
            _ => $"{ratio.ToString("0.#", format.Culture)} times",
        };
    }

    /// <summary>True when nothing at all was done recently, which changes what to say.</summary>
    public static bool Stalled(TargetFacts facts) => facts.RecentRate is 0;

    public string Days(int? days) => days switch
    {
        null => "the days left",
        1 => "the 1 working day left",
        _ => $"the {format.Whole(days.Value)} working days left",
    };
}
