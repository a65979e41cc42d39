using PipWatch.Core.Evaluation;

namespace PipWatch.Notifications.Content.Requests;

/// <summary>The change a warning is about: one target's status before and now.</summary>
public sealed record StatusChange(string TargetId, TargetStatus From, TargetStatus To);
