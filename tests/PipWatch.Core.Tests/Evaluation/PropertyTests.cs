using System.Globalization;
using PipWatch.Core.Calendar;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Core.Settings;
using PipWatch.Core.Tests.Builders;

namespace PipWatch.Core.Tests.Evaluation;

/// <summary>
/// Rules checked over many random plans: random dates, lengths, holidays, paused days, week starts and time zones,
/// with random daily activity. The seeds are fixed so a failure always reproduces; the message names the seed.
/// </summary>
public sealed class PropertyTests
{
    private const int Plans = 250;

    private static readonly string[] Zones =
        ["America/New_York", "America/Los_Angeles", "Australia/Sydney", "Europe/London", "Asia/Kolkata", "Pacific/Auckland", "UTC"];

    [Fact]
    public void Expected_Equals_The_Goal_Once_The_Last_Working_Day_Is_Complete()
    {
        for (var seed = 0; seed < Plans; seed++)
        {
            // Arrange
            var plan = NewPlan(new Random(seed));
            var calendar = plan.Prepared.CalendarOn(plan.Pip.Start);
            if (calendar.TotalWorkingDays == 0)
            {
                continue;
            }

            var lastWorkingDay = calendar.WorkingDay(calendar.TotalWorkingDays - 1);

            // Act
            var during = plan.Evaluate(TimeZones.StartOfDay(lastWorkingDay, plan.Zone).AddHours(12), "calls");
            var after = plan.Evaluate(TimeZones.StartOfDay(lastWorkingDay.AddDays(1), plan.Zone), "calls");

            // Assert
            after.Expected!.Value.ShouldBe(plan.Goal, 1e-9, $"seed {seed}");
            during.Expected!.Value.ShouldBeLessThan(plan.Goal, $"seed {seed}");
        }
    }

    [Fact]
    public void Weekly_Expected_Equals_The_Weeks_Goal_Once_Its_Last_Working_Day_Is_Complete()
    {
        for (var seed = 0; seed < Plans; seed++)
        {
            var plan = NewPlan(new Random(seed));
            var calendar = plan.Prepared.CalendarOn(plan.Pip.Start);
            foreach (var week in calendar.Weeks.Where(w => w.WorkingDays > 0))
            {
                // The day after the week's last working day, when it still belongs to the week.
                var lastWorking = Enumerable.Range(0, week.Last.DayNumber - week.First.DayNumber + 1)
                    .Select(i => week.Last.AddDays(-i))
                    .First(calendar.IsWorkingDay);
                if (lastWorking == week.Last)
                {
                    continue;
                }

                var meetings = plan.Evaluate(TimeZones.StartOfDay(lastWorking.AddDays(1), plan.Zone), "meetings_booked");

                meetings.Expected!.Value.ShouldBe(meetings.Goal, 1e-9, $"seed {seed}, week of {week.WeekStart}");
                meetings.Goal.ShouldBe(plan.WeeklyGoal * week.GoalFactor, 1e-9, $"seed {seed}, week of {week.WeekStart}");
            }
        }
    }

    [Fact]
    public void Pace_Never_Decreases_When_Actual_Increases()
    {
        for (var seed = 0; seed < Plans; seed++)
        {
            // Arrange: a random instant inside the plan and a random completed day to add activity to.
            var random = new Random(seed);
            var plan = NewPlan(random);
            var length = plan.Pip.End.DayNumber - plan.Pip.Start.DayNumber + 1;
            var today = plan.Pip.Start.AddDays(random.Next(1, length + 3));
            var asOf = TimeZones.StartOfDay(today, plan.Zone).AddMinutes(random.Next(0, 24 * 60));
            var day = plan.Pip.Start.AddDays(random.Next(0, today.DayNumber - plan.Pip.Start.DayNumber));
            var more = plan.WithExtra("calls", day, random.Next(1, 40)).WithExtra("meetings_booked", day, random.Next(1, 10));

            foreach (var target in (string[])["calls", "meetings_booked"])
            {
                // Act
                var before = plan.Evaluate(asOf, target).Pace;
                var after = more.Evaluate(asOf, target).Pace;

                // Assert
                if (before is double b && after is double a)
                {
                    a.ShouldBeGreaterThanOrEqualTo(b - 1e-12, $"seed {seed}, {target}, extra on {day}");
                }
            }
        }
    }

    [Fact]
    public void Paused_Days_Never_Change_Expected()
    {
        for (var seed = 0; seed < Plans; seed++)
        {
            // Arrange
            var plan = NewPlan(new Random(seed), pausedRanges: 3);
            var calendar = plan.Prepared.CalendarOn(plan.Pip.Start);
            var perDay = calendar.TotalWorkingDays == 0 ? 0 : plan.Goal / calendar.TotalWorkingDays;
            var expected = plan.Evaluate(TimeZones.StartOfDay(plan.Pip.Start, plan.Zone), "calls").Expected ?? 0;

            for (var day = plan.Pip.Start; day <= plan.Pip.End; day = day.AddDays(1))
            {
                // Act: the expected line once the day has completed.
                var next = plan.Evaluate(TimeZones.StartOfDay(day.AddDays(1), plan.Zone), "calls").Expected ?? 0;

                // Assert: flat over paused days, holidays and weekends; one day's share on working days.
                var paused = plan.Pip.PausedDays.Any(p => p.Contains(day));
                if (paused || !calendar.IsWorkingDay(day))
                {
                    next.ShouldBe(expected, 1e-9, $"seed {seed}, {(paused ? "paused" : "non-working")} day {day}");
                }
                else
                {
                    next.ShouldBe(expected + perDay, 1e-9, $"seed {seed}, working day {day}");
                }

                expected = next;
            }
        }
    }

    [Fact]
    public void Statuses_Other_Than_Met_Do_Not_Change_During_A_Day()
    {
        for (var seed = 0; seed < Plans; seed++)
        {
            var random = new Random(seed);
            var plan = NewPlan(random);
            var length = plan.Pip.End.DayNumber - plan.Pip.Start.DayNumber + 1;
            var today = plan.Pip.Start.AddDays(random.Next(0, length));
            var morning = plan.Evaluate(TimeZones.StartOfDay(today, plan.Zone).AddMinutes(1), "calls");
            var evening = plan.Evaluate(TimeZones.StartOfDay(today.AddDays(1), plan.Zone).AddMinutes(-1), "calls");

            if (morning.Status != TargetStatus.Met && evening.Status != TargetStatus.Met)
            {
                (evening.Status, evening.Reason).ShouldBe((morning.Status, morning.Reason), $"seed {seed}, {today}");
            }
        }
    }

    private static RandomPlan NewPlan(Random random, int pausedRanges = 2)
    {
        var start = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 330));
        var end = start.AddDays(random.Next(4, 120));
        var length = end.DayNumber - start.DayNumber + 1;
        var holidays = Enumerable.Range(0, random.Next(0, 5)).Select(_ => start.AddDays(random.Next(0, length))).ToHashSet();
        var paused = Enumerable.Range(0, random.Next(0, pausedRanges + 1)).Select(_ =>
        {
            var first = start.AddDays(random.Next(0, length));
            return new DateRange(first, first.AddDays(random.Next(0, 10)));
        }).ToArray();
        var goal = random.Next(1, 2000);
        var weeklyGoal = random.Next(1, 60);
        var pip = new Pip(
            $"pip-{random.Next()}",
            new RepReference(PlanScenario.Rep),
            start,
            end,
            [new Target("calls", "calls", GoalKind.Total, goal), new Target("meetings_booked", "meetings_booked", GoalKind.Weekly, weeklyGoal)],
            paused,
            []);
        var calendar = new CalendarSettings
        {
            Holidays = holidays,
            WeekStart = random.Next(0, 2) == 0 ? DayOfWeek.Monday : DayOfWeek.Sunday,
        };
        var zone = TimeZones.FromIana(Zones[random.Next(Zones.Length)]);
        var values = new List<DailyMetricValue>();
        for (var day = start.AddDays(-3); day <= end.AddDays(3); day = day.AddDays(1))
        {
            if (random.NextDouble() < 0.8)
            {
                var calls = random.Next(0, 40);
                values.Add(new DailyMetricValue(PlanScenario.Rep, "calls", day, calls, calls));
                var meetings = random.Next(0, 8);
                values.Add(new DailyMetricValue(PlanScenario.Rep, "meetings_booked", day, meetings, meetings));
            }
        }

        return new RandomPlan(pip, PreparedPlan.Create(pip, calendar, zone, TestCatalog.Default), zone, goal, weeklyGoal, values);
    }

    private sealed record RandomPlan(Pip Pip, PreparedPlan Prepared, TimeZoneInfo Zone, double Goal, double WeeklyGoal, List<DailyMetricValue> Values)
    {
        private IReadOnlyDictionary<string, DailySeries>? _series;

        public TargetEvaluation Evaluate(DateTimeOffset asOf, string targetId)
        {
            _series ??= DailySeries.ByMetric(Values);
            return PlanEvaluator.Evaluate(Prepared, _series, new Thresholds(), null, asOf).FindTarget(targetId)!;
        }

        public RandomPlan WithExtra(string metric, DateOnly day, int amount) =>
            this with { Values = [.. Values, new DailyMetricValue(PlanScenario.Rep, metric, day, amount, amount)], _series = null };

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pip.Id} {Pip.Start}..{Pip.End} in {Zone.Id}");
    }
}
