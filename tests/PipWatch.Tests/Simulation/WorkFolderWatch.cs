namespace PipWatch.Tests.Simulation;

/// <summary>
/// A progress writer that looks into the simulation's work root whenever progress is written, to prove the
/// throwaway database was there while the replay ran (and, afterwards, that it is gone).
/// </summary>
public sealed class WorkFolderWatch(string workRoot) : StringWriter
{
    public bool SawDatabase { get; private set; }

    public override void Write(string? value)
    {
        Look();
        base.Write(value);
    }

    public override void WriteLine(string? value)
    {
        Look();
        base.WriteLine(value);
    }

    public override Task WriteAsync(string? value)
    {
        Look();
        return base.WriteAsync(value);
    }

    public override Task WriteLineAsync(string? value)
    {
        Look();
        return base.WriteLineAsync(value);
    }

    private void Look() =>
        SawDatabase |= Directory.EnumerateFiles(workRoot, "simulation.db", SearchOption.AllDirectories).Any();
}
