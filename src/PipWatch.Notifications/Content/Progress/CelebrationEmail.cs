using PipWatch.Notifications.Content.Views;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Progress;

/// <summary>A milestone reached: what was achieved, how it compares with the start, and what comes next.</summary>
/// <param name="Comparison">Against where the rep started; null when there is nothing fair to compare.</param>
/// <param name="StillBehind">Other goals that still need work, so the praise never reads as "all is well"; null when none.</param>
/// <param name="CopyNote">Who else receives the note, said openly; null when nobody.</param>
public sealed record CelebrationEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Headline,
    string Achievement,
    string? Comparison,
    string? NextStep,
    string? StillBehind,
    TargetLine? Target,
    TrustedHtml? Chart,
    string? CopyNote);
