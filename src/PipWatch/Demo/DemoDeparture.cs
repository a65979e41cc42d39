namespace PipWatch.Demo;

/// <summary>
/// A manager who leaves the demo org mid-plan: their Salesforce user is deactivated first, and their reps are moved
/// to a successor a few days later, as happens when the admin work lags the departure. In between PipWatch cannot
/// reach the plans' manager, so sales-ops get an ops alert while the reps' own mail goes on.
/// </summary>
public sealed record DemoDeparture(string ManagerId, DateTimeOffset DeactivatedAt, DateTimeOffset ReassignedAt, string SuccessorId);
