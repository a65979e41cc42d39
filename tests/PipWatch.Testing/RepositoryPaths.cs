using System.Reflection;

namespace PipWatch.Testing;

/// <summary>Finds the repository (the folder holding PipWatch.sln) so tests can read the shipped config/.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ConfigDirectory => Path.Combine(Root, "config");

    private static string FindRoot()
    {
        var recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, recorded })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PipWatch.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"PipWatch.sln not found above {AppContext.BaseDirectory} or {recorded}");
    }
}
