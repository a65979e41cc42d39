namespace PipWatch.Notifications.Content.Ops;

/// <summary>Problems ops must act on. It names plans and problems, never a rep's figures.</summary>
public sealed record OpsAlertEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string DataAsOf,
    string Intro,
    IReadOnlyList<OpsIssueLine> Issues);

public sealed record OpsIssueLine(string Topic, string Problem, string? Action);
