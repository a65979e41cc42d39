namespace PipWatch.Simulation;

/// <summary>A plan the simulation replayed, with its people as the org knows them now and what is wrong with them.</summary>
public sealed record SimulatedPlan(string PipId, string Rep, string? Manager, IReadOnlyList<string> Problems);
