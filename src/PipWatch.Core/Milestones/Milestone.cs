namespace PipWatch.Core.Milestones;

/// <summary>A milestone newly reached. Its <see cref="Key"/> is stable, so it fires once per plan however often the data is re-read.</summary>
/// <param name="Key">e.g. <c>total:calls:50</c>, <c>weekly:calls:2026-03-09</c>, <c>streak:calls:2026-03-02</c>, <c>comeback:calls:2026-03-12</c>, <c>passed</c>.</param>
/// <param name="TargetId">The target concerned; null for <see cref="MilestoneKind.Passed"/>.</param>
/// <param name="Fraction">Total fractions: the fraction of the goal reached (0.5, 1.0).</param>
/// <param name="Date">Weekly hit and streak: the calendar start of the (first) week; comeback: the first day back on track.</param>
/// <param name="Weeks">Streaks: the weeks hit in a row when it fired.</param>
/// <param name="Value">The figure that reached the milestone (actual, week value), for the note.</param>
/// <param name="Goal">The goal it was measured against.</param>
public sealed record Milestone(
    string Key,
    MilestoneKind Kind,
    string? TargetId,
    double? Fraction = null,
    DateOnly? Date = null,
    int? Weeks = null,
    double? Value = null,
    double? Goal = null);
