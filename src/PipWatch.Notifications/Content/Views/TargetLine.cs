using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Views;

/// <summary>One target as most emails show it: headline, status, progress bar and the figures behind them.</summary>
/// <param name="Goal">The goal as written, e.g. "60 a week" or "150 by Friday, December 11, 2026".</param>
/// <param name="Headline">Where it stands, e.g. "118 of 150" or "32 of 60 this week".</param>
/// <param name="ProgressPercent">0–100 for the bar; only meaningful when <paramref name="HasProgress"/>.</param>
/// <param name="ProgressAlt">What the bar shows, for screen readers and clients without CSS.</param>
/// <param name="Trend">Since the previous digest, e.g. "+14 since yesterday; was at risk".</param>
/// <param name="Stale">Set when the figures are older than they should be, with their as-of time.</param>
public sealed record TargetLine(
    string Label,
    bool MustHave,
    string Goal,
    string StatusKey,
    string StatusText,
    string StatusColour,
    string Reason,
    string Headline,
    bool HasProgress,
    int ProgressPercent,
    string ProgressAlt,
    IReadOnlyList<Figure> Figures,
    string? Trend,
    string? Stale,
    TrustedHtml? Chart);
