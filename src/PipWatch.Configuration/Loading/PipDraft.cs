using PipWatch.Configuration.Problems;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Loading;

/// <summary>A PIP file while it is being checked, with the lines that checks across files point at.</summary>
internal sealed class PipDraft(string path)
{
    public string Path { get; } = path;

    public ProblemList Problems { get; } = new();

    public Pip? Pip { get; set; }

    public SourceLocation IdLocation { get; set; } = SourceLocation.InFile(path);

    public SourceLocation RepLocation { get; set; } = SourceLocation.InFile(path);
}
