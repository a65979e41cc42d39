namespace PipWatch.Configuration.Tests.Infrastructure;

/// <summary>A throwaway configuration directory on disk; files are written relative to it (e.g. <c>pips/a.yaml</c>).</summary>
public sealed class TempConfigDirectory : IDisposable
{
    public TempConfigDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipwatch-config-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "pips"));
    }

    public string Path { get; }

    /// <summary>A directory holding the minimal valid settings and one valid plan.</summary>
    public static TempConfigDirectory WithValidBase()
    {
        var dir = new TempConfigDirectory();
        dir.Write("pipwatch.yaml", SampleConfig.Settings);
        dir.Write("pips/base-plan.yaml", SampleConfig.Pip);
        return dir;
    }

    /// <summary>Writes a file and returns its path as problems name it.</summary>
    public string Write(string relativePath, string content)
    {
        var full = FileOf(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string FileOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder is under the temp directory.
        }
    }
}
