using System.Globalization;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;

namespace PipWatch.Reporting;

/// <summary>How the report writes days, instants and figures: one invariant style, so every copy reads the same.</summary>
public static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>e.g. "Mon 5 Oct 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", Invariant);

    /// <summary>e.g. "2026-10-05 12:05 UTC": stored instants are UTC, and HR may sit in another zone than the rep.</summary>
    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);

    public static string Instant(DateTimeOffset? instant) => instant is { } value ? Instant(value) : "—";

    /// <summary>A figure in its metric's unit; a dash when there is none.</summary>
    public static string Figure(double? value, MetricUnit unit, string currencyCode) => value switch
    {
        null => "—",
        double v when unit == MetricUnit.Percent => (v * 100).ToString("0.#", Invariant) + " %",
        double v when unit == MetricUnit.Currency => $"{currencyCode} {v.ToString("#,##0", Invariant)}",
        double v => Number(v),
    };

    /// <summary>Pace and attainment as a percentage ("85 %").</summary>
    public static string Ratio(double? value) => value is { } v ? (v * 100).ToString("0", Invariant) + " %" : "—";

    public static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "#,##0" : "#,##0.##", Invariant);

    /// <summary>A goal with its kind: "50 a week", "10 in total", "at least 70 (rate)".</summary>
    public static string Goal(Target target, MetricUnit unit, string currencyCode)
    {
        var figure = Figure(target.Goal, unit, currencyCode);
        var bound = target.Direction == Direction.AtMost ? "at most " : "";
        return target.Kind switch
        {
            GoalKind.Weekly => $"{bound}{figure} a week",
            GoalKind.Total => $"{bound}{figure} in total",
            _ => $"{(bound.Length == 0 ? "at least " : bound)}{figure} over the plan",
        };
    }

    public static string Kind(GoalKind kind) => kind switch
    {
        GoalKind.Weekly => "weekly",
        GoalKind.Total => "total",
        _ => "rate",
    };

    /// <summary>"pace_below" → "pace below", for readers who do not speak in keys.</summary>
    public static string Key(string? key) => key is null ? "—" : key.Replace('_', ' ');
}
