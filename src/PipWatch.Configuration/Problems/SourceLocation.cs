namespace PipWatch.Configuration.Problems;

/// <summary>Where a configuration value came from: a line of a file, or an environment variable that overrides it.</summary>
public readonly record struct SourceLocation(string File, int? Line, string? EnvironmentVariable)
{
    public static SourceLocation InFile(string file, int? line = null) => new(file, line, null);

    public static SourceLocation FromEnvironment(string file, string variable) => new(file, null, variable);

    /// <summary><c>file:line</c>, <c>file</c>, or the environment variable's name.</summary>
    public override string ToString() =>
        EnvironmentVariable ?? (Line is { } line ? $"{File}:{line}" : File);
}
