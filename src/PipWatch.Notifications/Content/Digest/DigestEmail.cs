namespace PipWatch.Notifications.Content.Digest;

/// <summary>The manager's (or a watcher's) daily digest of the plans they may see.</summary>
/// <param name="Summary">The plans by status, e.g. "1 at risk, 2 on track".</param>
public sealed record DigestEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string Intro,
    string DataAsOf,
    string Summary,
    IReadOnlyList<DigestRep> Reps);
