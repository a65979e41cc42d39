namespace PipWatch.Notifications.Content.Requests;

/// <summary>One problem ops must act on.</summary>
/// <param name="Topic">What it concerns, e.g. a plan id or "Delivery".</param>
/// <param name="Problem">What is wrong, in a sentence.</param>
/// <param name="Action">What to do about it; null when there is nothing specific.</param>
public sealed record OpsIssue(string Topic, string Problem, string? Action = null);
