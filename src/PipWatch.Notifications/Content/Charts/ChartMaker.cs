using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Plans;
using PipWatch.Notifications.Charts;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Charts;

/// <summary>
/// Draws the charts of one email and collects them as inline images. Content ids derive from the idempotency key,
/// so the same email always refers to the same ids, and never from the data, which could hold any character.
/// </summary>
internal sealed class ChartMaker(ChartRenderer renderer, string idempotencyKey)
{
    /// <summary>The card is 640 px with 32 px padding each side.</summary>
    public const int FullWidth = 576;

    public const int SparkWidth = ChartRenderer.SparklineWidth;

    /// <summary>Three working weeks: long enough to show a trend, short enough to show this month's.</summary>
    private const int SparkDays = 15;

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly List<InlineImage> _images = [];
    private readonly string _suffix = Suffix(idempotencyKey);

    public IReadOnlyList<InlineImage> Images => _images;

    /// <summary>The target's main chart: cumulative for totals and rates with history, bars per week for weekly targets.</summary>
    public TrustedHtml? Full(TargetEvaluation target, PlanSnapshot plan)
    {
        var image = target.Kind switch
        {
            GoalKind.Weekly when target.Weeks.Count > 0 => renderer.Weekly(WeeklyData(target), NextId("week")),
            GoalKind.Total => renderer.Cumulative(CumulativeData(target, plan), NextId("total")),
            GoalKind.Rate when plan.HistoryOf(target.TargetId) is { Cumulative.Count: > 1 } => renderer.Cumulative(RateData(target, plan), NextId("rate")),
            _ => null,
        };
        return image is null ? null : Add(image, FullWidth, block: true);
    }

    /// <summary>
    /// A compact trend for digests: what was done per working day over the last three weeks against the daily pace
    /// the goal asks for (rate targets: the running value against the goal).
    /// </summary>
    public TrustedHtml? Spark(TargetEvaluation target, PlanSnapshot plan)
    {
        var history = Cumulative(target, plan);
        if (history.Count < 2 || plan.HistoryOf(target.TargetId) is null)
        {
            return null;
        }

        List<double> values;
        double? reference;
        string label;
        if (target.Kind == GoalKind.Rate)
        {
            values = [.. history.TakeLast(SparkDays).Select(p => p.Value)];
            reference = target.Goal;
            label = target.Label;
        }
        else
        {
            var calendar = plan.Plan?.CalendarOn(plan.Evaluation.LocalDay);
            var daily = new List<double>();
            for (var i = 1; i < history.Count; i++)
            {
                if (calendar is null || calendar.IsWorkingDay(history[i].Day))
                {
                    daily.Add(history[i].Value - history[i - 1].Value);
                }
            }

            values = [.. daily.TakeLast(SparkDays)];
            var standard = plan.Plan?.CalendarSettings.StandardWorkingDaysPerWeek ?? 5;
            reference = target.Kind == GoalKind.Weekly
                ? standard > 0 ? target.PlanGoal / standard : null
                : target.WorkingDaysTotal > 0 ? target.Goal / target.WorkingDaysTotal : null;
            label = $"{target.Label} per working day";
        }

        if (values.Count < 2)
        {
            return null;
        }

        var image = renderer.Sparkline(new SparklineData(label, values, reference), NextId("spark"));
        return Add(image, SparkWidth, block: false);
    }

    private static WeeklyChartData WeeklyData(TargetEvaluation target) =>
        new(target.Label, target.Unit, [.. target.Weeks.Where(w => w.WorkingDays > 0).Select(w => new WeekBar(w.WeekStart, w.Value, w.Goal, w.IsComplete))]);

    private static CumulativeChartData CumulativeData(TargetEvaluation target, PlanSnapshot plan)
    {
        var evaluation = plan.Evaluation;
        var actual = Cumulative(target, plan);
        var expected = ExpectedLine(target, plan);
        IReadOnlyList<ChartPoint> projection = [];
        if (evaluation.Phase == PlanPhase.Running && target.Projection is double end && target.ActualCompleted is double done)
        {
            var from = evaluation.LocalDay.AddDays(-1);
            projection = [new ChartPoint(from < target.Start ? target.Start : from, done), new ChartPoint(evaluation.End, end)];
        }

        return new CumulativeChartData(target.Label, target.Unit, target.Goal, target.Start, evaluation.End, actual, expected, projection);
    }

    private static CumulativeChartData RateData(TargetEvaluation target, PlanSnapshot plan) => new(
        target.Label,
        target.Unit,
        target.Goal,
        target.Start,
        plan.Evaluation.End,
        Cumulative(target, plan),
        [new ChartPoint(target.Start, target.Goal), new ChartPoint(plan.Evaluation.End, target.Goal)],
        []);

    /// <summary>The worker's history up to today; without one, a line from zero to today's actual.</summary>
    private static IReadOnlyList<ChartPoint> Cumulative(TargetEvaluation target, PlanSnapshot plan)
    {
        var today = plan.Evaluation.LocalDay;
        var last = today > plan.Evaluation.End ? plan.Evaluation.End : today;
        if (plan.HistoryOf(target.TargetId) is { } history)
        {
            return [.. history.Cumulative.Where(p => p.Day >= target.Start && p.Day <= last && double.IsFinite(p.Value)).OrderBy(p => p.Day)];
        }

        if (target.Actual is not double actual || today < target.Start)
        {
            return [];
        }

        return last == target.Start ? [new ChartPoint(last, actual)] : [new ChartPoint(target.Start, 0), new ChartPoint(last, actual)];
    }

    /// <summary>Goal × working days done ÷ working days in all, day by day, so weekends and holidays show as flat steps.</summary>
    private static List<ChartPoint> ExpectedLine(TargetEvaluation target, PlanSnapshot plan)
    {
        var end = plan.Evaluation.End;
        if (plan.Plan is null || end < target.Start)
        {
            return [new(target.Start, 0), new(end, target.Goal)];
        }

        var calendar = plan.Plan.CalendarOn(plan.Evaluation.LocalDay);
        var total = calendar.CountWorkingDays(target.Start, end);
        if (total == 0)
        {
            return [new(target.Start, 0), new(end, target.Goal)];
        }

        var points = new List<ChartPoint>(end.DayNumber - target.Start.DayNumber + 2) { new(target.Start, 0) };
        var done = 0;
        for (var day = target.Start; day <= end; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                done++;
            }

            points.Add(new ChartPoint(day, target.Goal * done / total));
        }

        return points;
    }

    private TrustedHtml Add(ChartImage image, int maxWidth, bool block)
    {
        _images.Add(new InlineImage(image.ContentId, image.Png, $"{image.ContentId[..image.ContentId.IndexOf('@', StringComparison.Ordinal)]}.png"));
        var width = Math.Min(image.Width, maxWidth);
        var height = image.Width == 0 ? image.Height : (int)Math.Round((double)image.Height * width / image.Width);
        var alt = Html.Encode(image.AltText);
        var style = block
            ? $"display:block;width:100%;max-width:{width}px;height:auto;border:0;"
            : $"display:block;width:{width}px;max-width:100%;height:auto;border:0;";
        return new TrustedHtml(string.Create(
            CultureInfo.InvariantCulture,
            $"""<img src="cid:{image.ContentId}" width="{width}" height="{height}" alt="{alt}" style="{style}">"""));
    }

    private string NextId(string prefix) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{_images.Count + 1}.{_suffix}@pipwatch");

    private static string Suffix(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6));
}
