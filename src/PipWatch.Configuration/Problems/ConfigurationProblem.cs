namespace PipWatch.Configuration.Problems;

/// <summary>One thing wrong with the configuration, said so that the person editing the file can fix it.</summary>
/// <param name="KeyPath">Dotted path of the key, e.g. <c>thresholds.at_risk_pace</c> or <c>targets[2].weekly</c> (lists count from 1).</param>
public sealed record ConfigurationProblem(SourceLocation Location, string KeyPath, string Message)
{
    public string File => Location.File;

    public int? Line => Location.Line;

    public string? EnvironmentVariable => Location.EnvironmentVariable;

    /// <summary><c>file:line: key.path: message</c>, or <c>VARIABLE: key.path: message</c> for an environment override.</summary>
    public override string ToString() =>
        KeyPath.Length == 0 ? $"{Location}: {Message}" : $"{Location}: {KeyPath}: {Message}";
}
