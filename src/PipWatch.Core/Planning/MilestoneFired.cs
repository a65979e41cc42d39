using PipWatch.Core.Milestones;

namespace PipWatch.Core.Planning;

/// <summary>A milestone the worker has recorded for a plan, and when.</summary>
public sealed record MilestoneFired(Milestone Milestone, DateTimeOffset FiredAt);
