using PipWatch.Core.Metrics;
using PipWatch.Notifications.Charts;

namespace PipWatch.Notifications.Tests.Charts;

/// <summary>Chart data shaped like a real plan: a six-week total target and a weekly one, with a recent-pace sparkline.</summary>
public static class ChartSamples
{
    public static readonly DateOnly Start = new(2025, 11, 3);
    public static readonly DateOnly End = new(2025, 12, 12);

    /// <summary>Calls, goal 300: weekday totals through 25 November, then the projection to the end.</summary>
    public static CumulativeChartData Calls(bool withProjection = true)
    {
        var actual = new List<ChartPoint>();
        var total = 0.0;
        for (var day = Start; day <= new DateOnly(2025, 11, 25); day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                total += 6 + (day.Day % 4);
                actual.Add(new ChartPoint(day, total));
            }
        }

        return new CumulativeChartData(
            "Calls",
            MetricUnit.Count,
            300,
            Start,
            End,
            actual,
            [new ChartPoint(Start, 0), new ChartPoint(End, 300)],
            withProjection ? [new ChartPoint(End, 205)] : []);
    }

    /// <summary>Meetings held, 10 a week: a prorated first week, one missed week, and the week still running.</summary>
    public static WeeklyChartData Meetings() => new(
        "Meetings held",
        MetricUnit.Count,
        [
            new WeekBar(Start, 7, 6, Complete: true),
            new WeekBar(Start.AddDays(7), 11, 10, Complete: true),
            new WeekBar(Start.AddDays(14), 6, 10, Complete: true),
            new WeekBar(Start.AddDays(21), 10, 10, Complete: true),
            new WeekBar(Start.AddDays(28), 4, 10, Complete: false),
        ]);

    public static SparklineData Pace() => new("Pace", [0.8, 0.85, 0.9, 0.7, 0.95, 1.02, 1.1, 1.05, 1.2, 1.15], 1.0);
}
