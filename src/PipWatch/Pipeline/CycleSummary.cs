namespace PipWatch.Pipeline;

/// <summary>What one full cycle did, for <c>pipwatch run-once</c>.</summary>
public sealed record CycleSummary(PollSummary Poll, PlanSummary Plan, DeliverySummary Delivery);
