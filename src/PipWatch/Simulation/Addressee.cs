namespace PipWatch.Simulation;

/// <summary>Someone an email goes to (in To or in copy): the address, and the name when the org knows it.</summary>
public sealed record Addressee(string Address, string Name);
