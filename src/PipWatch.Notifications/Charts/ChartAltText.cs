using System.Text;

namespace PipWatch.Notifications.Charts;

/// <summary>
/// Says in one or two sentences what each chart shows, for readers whose client blocks images and for screen
/// readers: where the figure stands, against what, and where the current pace leads.
/// </summary>
internal sealed class ChartAltText(ChartValueFormat values, ChartDateFormat dates)
{
    private const int MaxTitleLength = 80;

    public string Cumulative(CumulativeChartData data)
    {
        var unit = data.Unit;
        var opening = Opening(data.Title);
        var text = new StringBuilder(opening);
        if (data.Actual.Count == 0)
        {
            text.Append("nothing recorded yet");
            if (data.Goal != 0)
            {
                text.Append(values.Culture, $"; the goal is {values.Full(data.Goal, unit)} by {dates.Sentence(data.End)}");
            }

            return Sentence(text, opening);
        }

        var last = data.Actual[^1];
        text.Append(values.Culture, $"{values.Full(last.Value, unit)} so far (to {dates.Sentence(last.Day)})");
        if (ValueAt(data.Expected, last.Day) is { } expected)
        {
            text.Append(values.Culture, $" against {values.Full(expected, unit)} expected by then");
        }

        if (data.Projection.Count > 0)
        {
            var end = data.Projection[^1];
            text.Append(values.Culture, $"; at this pace about {values.Full(end.Value, unit)} by {dates.Sentence(end.Day)}");
        }

        if (data.Goal != 0)
        {
            text.Append(data.Projection.Count > 0 ? " against a goal of " : "; the goal is ").Append(values.Full(data.Goal, unit));
        }

        return Sentence(text, opening);
    }

    public string Weekly(WeeklyChartData data)
    {
        var unit = data.Unit;
        var opening = Opening(data.Title);
        var text = new StringBuilder(opening);
        var complete = data.Weeks.Where(week => week.Complete).ToList();
        var current = data.Weeks.LastOrDefault(week => !week.Complete);
        if (complete.Count == 0 && current is null)
        {
            return Sentence(text.Append("no weeks to show yet"), opening);
        }

        var parts = new List<string>();
        if (complete.Count > 0)
        {
            var met = complete.Count(week => week.Value >= week.Goal);
            parts.Add($"goal met in {met} of {complete.Count} completed {(complete.Count == 1 ? "week" : "weeks")}");
            var last = complete[^1];
            parts.Add($"week of {dates.Sentence(last.WeekStart)}: {values.Full(last.Value, unit)} against {values.Full(last.Goal, unit)}");
        }

        if (current is not null)
        {
            parts.Add($"this week so far (from {dates.Sentence(current.WeekStart)}): {values.Full(current.Value, unit)} against {values.Full(current.Goal, unit)}");
        }

        return Sentence(text.AppendJoin("; ", parts), opening);
    }

    public string Sparkline(SparklineData data)
    {
        var opening = Opening(data.Label);
        var text = new StringBuilder(opening);
        var series = data.Values;
        if (series.Count == 0)
        {
            text.Append("no data yet");
        }
        else if (series.Count == 1)
        {
            text.Append(values.Number(series[0]));
        }
        else
        {
            var (first, last) = (series[0], series[^1]);
            var trend = last.CompareTo(first) switch
            {
                > 0 => $"up from {values.Number(first)} to {values.Number(last)}",
                < 0 => $"down from {values.Number(first)} to {values.Number(last)}",
                _ => $"steady at {values.Number(last)}",
            };
            text.Append(values.Culture, $"{trend} over the last {series.Count} days");
        }

        if (data.Reference is { } reference)
        {
            text.Append(values.Culture, $" (reference line at {values.Number(reference)})");
        }

        return Sentence(text, opening);
    }

    /// <summary>The value on a line at a day, interpolated between its points; null outside the line.</summary>
    internal static double? ValueAt(IReadOnlyList<ChartPoint> line, DateOnly day)
    {
        for (var index = 0; index < line.Count; index++)
        {
            var point = line[index];
            if (point.Day == day)
            {
                return point.Value;
            }

            if (point.Day > day)
            {
                if (index == 0)
                {
                    return null;
                }

                var before = line[index - 1];
                var fraction = (double)(day.DayNumber - before.Day.DayNumber) / (point.Day.DayNumber - before.Day.DayNumber);
                return Math.Round(before.Value + ((point.Value - before.Value) * fraction), 2);
            }
        }

        return null;
    }

    // Without a title the sentence starts with its own first word; a title keeps its own spelling.
    private static string Sentence(StringBuilder text, string opening)
    {
        if (opening.Length == 0 && text.Length > 0 && char.IsLower(text[0]))
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return text.Append('.').ToString();
    }

    // One line of text: names can carry newlines or be absurdly long, and the alt attribute is no place for either.
    private static string Opening(string title)
    {
        var clean = string.Join(' ', (title ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        clean = new string([.. clean.Where(character => !char.IsControl(character))]);
        if (clean.Length > MaxTitleLength)
        {
            var cut = char.IsHighSurrogate(clean[MaxTitleLength - 2]) ? MaxTitleLength - 2 : MaxTitleLength - 1;
            clean = string.Concat(clean.AsSpan(0, cut).TrimEnd(), "…");
        }

        return clean.Length == 0 ? string.Empty : $"{clean}: ";
    }
}
