namespace PipWatch.Simulation;

/// <summary>The simulation's command-line input cannot work (dates, window); fix it and run again.</summary>
public sealed class SimulationInputException(string message) : Exception(message);
