using PipWatch.Configuration.Settings;
using PipWatch.Core.Plans;

namespace PipWatch.Simulation;

/// <summary>What to simulate, on which configuration, and where the history comes from.</summary>
public sealed record SimulationRequest
{
    /// <summary>The configuration as loaded and checked; its storage and mail settings are never used.</summary>
    public required PipWatchSettings Settings { get; init; }

    /// <summary>The valid plans of the configuration.</summary>
    public required IReadOnlyList<Pip> Pips { get; init; }

    public required string ConfigDirectory { get; init; }

    public required IReadOnlyDictionary<string, string?> Environment { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>The real clock: the window may not pass today, and the history is read as it stands now.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Registers the org the history is read from (an <c>IOrgSource</c>); the Salesforce connector when null.</summary>
    public Action<IServiceCollection>? AddOrg { get; init; }

    /// <summary>Where the throwaway database folder is made (and removed afterwards); the system's temp folder when null.</summary>
    public string? WorkRoot { get; init; }
}
