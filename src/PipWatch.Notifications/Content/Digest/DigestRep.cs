using PipWatch.Notifications.Content.Views;

namespace PipWatch.Notifications.Content.Digest;

/// <summary>One rep's plan in the digest.</summary>
/// <param name="Period">The plan's dates, e.g. "October 5 – December 11".</param>
/// <param name="Timing">Working days left, or when it starts or ended.</param>
/// <param name="AmendmentsInForce">Older amendments still in force, in one line; null when there are none.</param>
/// <param name="SalesforceUrl">The rep's page in Salesforce; null without a link base or a valid user Id.</param>
public sealed record DigestRep(
    string Name,
    string StatusKey,
    string StatusText,
    string StatusColour,
    string Period,
    string Timing,
    IReadOnlyList<TargetLine> Targets,
    IReadOnlyList<string> Changes,
    IReadOnlyList<AmendmentNote> Amendments,
    string? AmendmentsInForce,
    IReadOnlyList<ActionItem> Actions,
    string? SalesforceUrl);
